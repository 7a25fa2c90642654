using System.Globalization;
using System.Text.RegularExpressions;
using Triangulate.Text;

namespace Triangulate.Ingest;

/// <summary>
/// Dates a page or a saved text gives about itself, each read by <see cref="DateParser"/>: metadata values, date lines
/// ("First Published Mar 16, 2024, 10:54 AM IST", "Updated 4:20 PM EST, Thu February 26, 1987", a bare "February 26,
/// 1987 4:20 PM UTC"), the URL's date path, dates in photo captions (weak: a photo is only near the news), and a
/// weekday with a date but no year, "said Wednesday (October 25)", resolved to the latest year, not after the other
/// evidence, in which that date fell on that weekday.
/// </summary>
public static partial class DateClueFinder
{
    private const int MaxDateLineLength = 200;
    private const int WeekdaySearchYears = 28;

    /// <summary>A date given in a metadata field (JSON-LD, a meta tag, a &lt;time datetime&gt;), or null when the value states none.</summary>
    public static DateClue? FromValue(string? value, string evidence, ClueStrength strength, DateRole role) =>
        DateParser.Parse(value).Date is { } date ? new DateClue(PublicationTime.From(date, evidence), strength, role) : null;

    /// <summary>
    /// The dates a date line states, each with its role: "Published ..." and a bare date are the publication,
    /// "Updated ..." and "Last modified ..." a later modification. Empty for a line that is more than a date line.
    /// </summary>
    public static IReadOnlyList<DateClue> FromDateLine(string line)
    {
        if (line.Length > MaxDateLineLength)
            return [];
        line = Unglued(line);
        var dates = DateParser.FindAll(line).Where(parse => parse.Succeeded).ToList();
        if (dates.Count == 0 || !OnlyStampsTime(line, dates))
            return [];
        var clues = new List<DateClue>(dates.Count);
        var labels = Label().Matches(line);
        foreach (var parse in dates)
        {
            var label = labels.LastOrDefault(label => label.Index < parse.Index);
            var role = label is not null && IsUpdateLabel(label.Value) ? DateRole.Modified : DateRole.Published;
            var strength = label is null ? ClueStrength.Text : ClueStrength.Visible;
            clues.Add(new DateClue(PublicationTime.From(parse.Date!, HtmlText.Collapse(line)), strength, role));
        }
        return clues;
    }

    /// <summary>
    /// True for lines that only stamp a time: "First Published ...", "Last Updated ...", a bare date and time, "Updated
    /// 45 min ago", "3 hours ago".
    /// </summary>
    public static bool IsDateLine(string line)
    {
        if (line.Length > MaxDateLineLength)
            return false;
        line = Unglued(line);
        if (!DateParser.HasYearDigits(line) && !line.Contains("ago", StringComparison.OrdinalIgnoreCase)
            && !line.Contains("just now", StringComparison.OrdinalIgnoreCase))
            return false;
        var dates = DateParser.FindAll(line).Where(parse => parse.Succeeded).ToList();
        return (dates.Count > 0 || RelativeStamp().IsMatch(line)) && OnlyStampsTime(line, dates);
    }

    /// <summary>
    /// A date line whose parts sat in adjacent elements with no space between them, as a page shows them apart:
    /// "Feb. 26, 1987 7:24 p.m. ESTUpdated ..." and "February 26, 19874:20 PM UTC" get their space back.
    /// </summary>
    private static string Unglued(string line) => GluedLabel().Replace(GluedTime().Replace(line, " "), " ");

    [GeneratedRegex(@"(?<=[\p{L}\d.])(?=(?:Updated|Published|Posted|Modified|Last updated|First published)\b)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex GluedLabel();

    [GeneratedRegex(@"(?<=\p{L}\.? \d{1,2}, (?:1[89]|20)\d\d)(?=[0-2]?\d:[0-5]\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex GluedTime();

    /// <summary>The date path of an article URL: /1987/02/26/ (day) or /1987/02/ (month).</summary>
    public static DateClue? FromUrl(string url)
    {
        var match = UrlDate().Match(url.Length > 2048 ? url[..2048] : url);
        if (!match.Success)
            return null;
        var hasDay = match.Groups["d"].Success;
        var (year, month, day) = (Number(match, "y"), Number(match, "m"), hasDay ? Number(match, "d") : 1);
        if (DateParser.Check(year, month, day) is not null)
            return null;
        var date = new ParsedDate(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero), hasDay ? DatePrecision.Day : DatePrecision.Month, HasOffset: false);
        return new DateClue(PublicationTime.From(date, "url " + match.Value.Trim('/', '-', '_')), ClueStrength.Url);
    }

    /// <summary>The dates a caption carries, as weak clues.</summary>
    public static IEnumerable<DateClue> FromCaption(string caption)
    {
        foreach (var parse in DateParser.FindAll(caption))
        {
            if (parse.Date is { } date)
            {
                var day = date with { Precision = DatePrecision.Day, HasOffset = false };
                var text = caption.Substring(parse.Index, parse.Length).Trim();
                yield return new DateClue(PublicationTime.From(day, $"photo caption date \"{text}\"") with { Inferred = true }, ClueStrength.Weak);
            }
        }
    }

    /// <summary>"said Wednesday (October 25)": day precision, inferred, the year chosen by the weekday.</summary>
    public static IEnumerable<DateClue> FromWeekdayDates(string text, int latestYear)
    {
        foreach (Match match in WeekdayDate().Matches(text))
        {
            var weekday = CalendarLexicon.Weekday(match.Groups["weekday"].Value)!.Value;
            var month = CalendarLexicon.Month(match.Groups["month"].Value)!.Value;
            var day = Number(match, "day");
            if (day is < 1 or > 31)
                continue;
            for (var year = latestYear; year > latestYear - WeekdaySearchYears; year--)
            {
                if (day > DateTime.DaysInMonth(year, month) || new DateOnly(year, month, day).DayOfWeek != weekday)
                    continue;
                var value = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
                var evidence = $"\"{match.Value.Trim()}\": {month}/{day} fell on a {weekday} in {year}, the latest such year not after {latestYear}";
                yield return new DateClue(new PublicationTime(value, TimePrecision.Day, Inferred: true, evidence, HasOffset: false), ClueStrength.Text);
                break;
            }
        }
    }

    /// <summary>
    /// The latest year a weekday-dated text can be from: the latest year the text or the other clues name that is not
    /// after the clock's year; the clock's year when they name none; null with neither (then no year is guessed).
    /// </summary>
    public static int? LatestYear(string text, IEnumerable<DateClue> clues, TimeProvider? clock)
    {
        var now = clock?.GetUtcNow().Year;
        var named = YearNumber().Matches(text).Select(match => int.Parse(match.Value, CultureInfo.InvariantCulture))
            .Concat(clues.Select(clue => clue.Time.Value.Year))
            .Where(year => year >= DateParser.EarliestYear && (now is null || year <= now))
            .ToList();
        return named.Count > 0 ? named.Max() : now;
    }

    /// <summary>
    /// Whether the line holds nothing but its dates, date labels ("Published on"), relative stamps and separators. A
    /// line with no label is a date line only when nothing but separators, a leading "on" ("am", "le") and a closing
    /// full stop stand beside its dates: ". 24 August 2021." in a list of references is a sentence's tail.
    /// </summary>
    private static bool OnlyStampsTime(string line, List<DateParse> dates)
    {
        var rest = line;
        for (var index = dates.Count - 1; index >= 0; index--)
            rest = rest.Remove(dates[index].Index, dates[index].Length).Insert(dates[index].Index, " ");
        var unlabelled = RelativeStamp().Replace(rest, " ");
        var labelled = Label().Replace(unlabelled, " ");
        return labelled.Length < unlabelled.Length || RelativeStamp().IsMatch(rest) ? !Word().IsMatch(labelled) : !NotSeparator().IsMatch(Preposition().Replace(unlabelled.TrimEnd().TrimEnd('.'), " "));
    }

    [GeneratedRegex(@"[^\s|·•,/()\[\]–—-]", RegexOptions.CultureInvariant)]
    private static partial Regex NotSeparator();

    [GeneratedRegex(@"^\s*(?:on|am|le|el|il|em|en|at)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Preposition();

    private static bool IsUpdateLabel(string label) =>
        UpdateWord().IsMatch(label);

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:first|originally|last)\s+)?(?:published|posted|updated|modified|edited|issued|dated|written(?=\s*:)|veröffentlicht|aktualisiert|erschienen|publié|mis\s+à\s+jour|publicado|postado|actualizado|atualizado|pubblicato|aggiornato|opublikowano|zaktualizowano)(?:\s+(?:on|at|am|le|el|il|em|en))?\s*:?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex Label();

    [GeneratedRegex(@"updated|modified|edited|aktualisiert|mis\s+à\s+jour|actualizado|atualizado|aggiornato|zaktualizowano", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdateWord();

    [GeneratedRegex(@"(?:(?:(?:first|last)\s+)?(?:published|posted|updated|modified)\s*:?\s*)?(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?)\s+ago\b|\bjust\s+now\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex RelativeStamp();

    /// <summary>A word left over once dates and labels are gone: "on", "at" and a byline's "By" do not count.</summary>
    [GeneratedRegex(@"(?!(?:on|at|am|le|el|il|em|en|the|and|by)\b)\p{L}{2,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"[/_-](?<y>(?:18|19|20)\d{2})[/_-](?<m>[01]?\d)(?:[/_-](?<d>[0-3]?\d))?[/_-]", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"\b(?<weekday>" + CalendarLexicon.WeekdayNames + @")\s*(?:\(|,)\s*(?<month>" + CalendarLexicon.MonthNames + "|" + CalendarLexicon.MonthAbbreviations + @")\.?\s+(?<day>\d{1,2})\b(?!,?\s*\d{4})\)?", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex WeekdayDate();

    [GeneratedRegex(@"\b(?:1[89]|20|21)\d{2}\b(?![,.]\d)", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex YearNumber();
}
