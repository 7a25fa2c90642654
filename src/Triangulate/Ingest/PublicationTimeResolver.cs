using System.Text.RegularExpressions;
using Triangulate.Text;

namespace Triangulate.Ingest;

/// <summary>
/// Decides when an article was published: a date given with the document (JSON line, feed item, sidecar, command
/// line) wins; else the strongest publication clue found in the page, the first of its strength, made more precise by
/// another stated clue that agrees with it. An update stamp never stands for the publication. A weak
/// clue (a caption date) is used only when nothing better exists, stays marked inferred, and notes when a weekday in
/// the text ("on Friday") agrees with it.
/// </summary>
public static partial class PublicationTimeResolver
{
    public static PublicationTime? Resolve(IReadOnlyList<DateClue> clues, string? hintedDate, string bodyText = "")
    {
        ArgumentNullException.ThrowIfNull(clues);
        if (ParseHinted(hintedDate) is { } hinted)
            return hinted;
        var best = Strongest(clues, DateRole.Published);
        if (best is null || best.Strength != ClueStrength.Weak)
            return best?.Time;
        var weekday = best.Time.Value.DayOfWeek.ToString();
        var agreeing = OnWeekday().Matches(bodyText).Any(match => match.Groups["weekday"].Value == weekday);
        return agreeing ? best.Time with { Evidence = $"{best.Time.Evidence}; the text's \"{weekday}\" agrees" } : best.Time;
    }

    /// <summary>When the page says it was last updated, from its update stamps; null when it says nothing.</summary>
    public static PublicationTime? ResolveModified(IReadOnlyList<DateClue> clues) => Strongest(clues, DateRole.Modified)?.Time;

    /// <summary>A date given with the document, as <see cref="DateParser"/> reads it.</summary>
    public static PublicationTime? ParseHinted(string? text) =>
        DateParser.Parse(text).Date is { } date ? PublicationTime.From(date, $"given with the document: {text!.Trim()}") : null;

    /// <summary>The first clue of the highest strength, made finer by any stated (not weak, not inferred) clue that agrees with it.</summary>
    private static DateClue? Strongest(IReadOnlyList<DateClue> clues, DateRole role)
    {
        DateClue? best = null;
        foreach (var clue in clues)
        {
            if (clue.Role == role && (best is null || clue.Strength > best.Strength))
                best = clue;
        }
        if (best is null || best.Strength == ClueStrength.Weak)
            return best;
        foreach (var clue in clues)
        {
            if (clue.Role == role && clue.Strength > ClueStrength.Weak && !clue.Time.Inferred
                && clue.Time.Precision > best.Time.Precision && Agrees(best.Time, clue.Time))
                best = best with { Time = clue.Time };
        }
        return best;
    }

    /// <summary>True when the finer time falls inside the coarser one's day, month or year (read in the coarser one's zone).</summary>
    private static bool Agrees(PublicationTime coarse, PublicationTime fine)
    {
        var local = fine.Value.ToOffset(coarse.Value.Offset);
        return coarse.Precision switch
        {
            TimePrecision.Year => local.Year == coarse.Value.Year,
            TimePrecision.Month => local.Year == coarse.Value.Year && local.Month == coarse.Value.Month,
            TimePrecision.Day => DateOnly.FromDateTime(local.DateTime) == DateOnly.FromDateTime(coarse.Value.DateTime)
                || DateOnly.FromDateTime(fine.Value.DateTime) == DateOnly.FromDateTime(coarse.Value.DateTime),
            _ => false,
        };
    }

    [GeneratedRegex(@"\b(?:on|said|says|announced|told \w+(?: on)?)\s+(?<weekday>" + CalendarLexicon.WeekdayNames + @")\b", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex OnWeekday();
}
