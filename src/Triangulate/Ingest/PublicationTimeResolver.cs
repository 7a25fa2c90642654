using System.Globalization;
using System.Text.RegularExpressions;

namespace Triangulate.Ingest;

/// <summary>
/// Decides when an article was published: a date given with the document (JSON line, feed item, sidecar, command
/// line) wins; else the strongest clue found in the page. A weak clue (a caption date) is used only when nothing
/// better exists, stays marked inferred, and notes when a weekday in the text ("on Friday") agrees with it.
/// </summary>
public static partial class PublicationTimeResolver
{
    public static PublicationTime? Resolve(IReadOnlyList<DateClue> clues, string? hintedDate, string bodyText = "")
    {
        if (ParseHinted(hintedDate) is { } hinted)
            return hinted;
        var best = clues
            .OrderByDescending(clue => clue.Strength)
            .ThenByDescending(clue => clue.Time.Precision)
            .ThenByDescending(clue => clue.Time.Value)
            .FirstOrDefault();
        if (best is null)
            return null;
        if (best.Strength != ClueStrength.Weak)
            return best.Time;
        var weekday = best.Time.Value.DayOfWeek.ToString();
        var agreeing = OnWeekday().Matches(bodyText).Any(match => match.Groups["weekday"].Value == weekday);
        return agreeing ? best.Time with { Evidence = $"{best.Time.Evidence}; the text's \"{weekday}\" agrees" } : best.Time;
    }

    /// <summary>ISO 8601 (with or without time and zone), RFC 1123/822 feed dates, or "Mar 16, 2024".</summary>
    public static PublicationTime? ParseHinted(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var value = text.Trim();
        var evidence = $"given with the document: {value}";
        if (DateOnly.TryParseExact(value, ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new PublicationTime(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), TimePrecision.Day, false, evidence, HasOffset: false);
        var hasZone = ZoneSuffix().IsMatch(value);
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, hasZone ? DateTimeStyles.None : DateTimeStyles.AssumeUniversal, out var instant))
            return new PublicationTime(instant, TimePrecision.Minute, false, evidence, HasOffset: hasZone);
        var zoneName = TrailingZoneName().Match(value);
        if (zoneName.Success && TimeZoneAbbreviations.Offset(zoneName.Groups["zone"].Value) is { } offset
            && DateTime.TryParse(value[..zoneName.Index], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return new PublicationTime(new DateTimeOffset(local, offset), TimePrecision.Minute, false, evidence);
        return null;
    }

    [GeneratedRegex(@"(?:Z|[+-]\d{2}:?\d{2}|\bGMT|\bUTC)$", RegexOptions.IgnoreCase)]
    private static partial Regex ZoneSuffix();

    [GeneratedRegex(@"\s(?<zone>[A-Z]{2,5})$")]
    private static partial Regex TrailingZoneName();

    [GeneratedRegex(@"\b(?:on|said|says|announced|told \w+(?: on)?)\s+(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OnWeekday();
}
