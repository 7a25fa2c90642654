using System.Globalization;
using System.Text.RegularExpressions;

namespace Triangulate.Ingest;

/// <summary>
/// Dates in visible text that may be the publication time: "First Published Mar 16, 2024, 10:54 AM IST" lines,
/// dates in photo captions (weak: a photo is only near the news), and a weekday with a date but no year, "said
/// Wednesday (October 25)", resolved to the latest year, not after the other evidence, in which that date fell on
/// that weekday.
/// </summary>
public static partial class DateClueFinder
{
    private const string MonthName = @"(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    /// <summary>A "Published ..." or "Updated ..." line: published lines are visible evidence, updated lines are not about publication.</summary>
    public static DateClue? FromDateLine(string line)
    {
        var match = StampLine().Match(line);
        if (!match.Success || match.Groups["label"].Value.Contains("updated", StringComparison.OrdinalIgnoreCase))
            return null;
        return ParseDateTime(match, line.Trim()) is { } time ? new DateClue(time, ClueStrength.Visible) : null;
    }

    /// <summary>True for lines that only stamp a time: "First Published ...", "Last Updated ...".</summary>
    public static bool IsDateLine(string line) => StampLine().IsMatch(line);

    /// <summary>The dates a caption carries, as weak clues.</summary>
    public static IEnumerable<DateClue> FromCaption(string caption)
    {
        foreach (Match match in FullDate().Matches(caption))
        {
            if (ParseDateTime(match, null) is { } time)
                yield return new DateClue(time with { Inferred = true, Evidence = $"photo caption date \"{match.Value}\"", Precision = TimePrecision.Day }, ClueStrength.Weak);
        }
    }

    /// <summary>"said Wednesday (October 25)": day precision, inferred, the year chosen by the weekday.</summary>
    public static IEnumerable<DateClue> FromWeekdayDates(string text, int latestYear)
    {
        foreach (Match match in WeekdayDate().Matches(text))
        {
            var weekday = Enum.Parse<DayOfWeek>(match.Groups["weekday"].Value, ignoreCase: true);
            if (MonthNumber(match.Groups["month"].Value) is not { } month || !int.TryParse(match.Groups["day"].Value, out var day) || day is < 1 or > 31)
                continue;
            for (var year = latestYear; year > latestYear - 28; year--)
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

    /// <summary>The four-digit years a text names, for bounding weekday resolution.</summary>
    public static IEnumerable<int> YearsMentioned(string text) =>
        YearNumber().Matches(text).Select(match => int.Parse(match.Value, CultureInfo.InvariantCulture));

    public static int? MonthNumber(string name)
    {
        if (name.Length < 3)
            return null;
        var index = Array.IndexOf(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], name[..3].ToLowerInvariant());
        return index < 0 ? null : index + 1;
    }

    private static PublicationTime? ParseDateTime(Match match, string? evidence)
    {
        if (MonthNumber(match.Groups["month"].Value) is not { } month || !int.TryParse(match.Groups["day"].Value, out var day)
            || !int.TryParse(match.Groups["year"].Value, out var year) || year is < 1900 or > 2100 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        if (!match.Groups["hour"].Success)
            return new PublicationTime(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero), TimePrecision.Day, false, evidence ?? match.Value, HasOffset: false);
        var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture);
        var meridiem = match.Groups["ampm"].Value.ToUpperInvariant();
        if (meridiem.StartsWith('P') && hour < 12)
            hour += 12;
        else if (meridiem.StartsWith('A') && hour == 12)
            hour = 0;
        if (hour > 23 || minute > 59)
            return null;
        var offset = TimeZoneAbbreviations.Offset(match.Groups["zone"].Value);
        return new PublicationTime(new DateTimeOffset(year, month, day, hour, minute, 0, offset ?? TimeSpan.Zero), TimePrecision.Minute, false, evidence ?? match.Value, HasOffset: offset is not null);
    }

    [GeneratedRegex(@"^\s*(?<label>(?:First\s+|Last\s+)?(?:Published|Updated|Posted)(?:\s+on)?)\s*:?\s*" + MonthName + @"\s+(?<day>\d{1,2}),?\s+(?<year>\d{4})(?:,?\s+(?:at\s+)?(?<hour>\d{1,2}):(?<minute>\d{2})\s*(?<ampm>[AaPp]\.?[Mm]\.?)?\s*(?<zone>[A-Z]{2,5})?)?", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StampLine();

    [GeneratedRegex(MonthName + @"\s+(?<day>\d{1,2}),\s+(?<year>\d{4})", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\b(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*(?:\(|,)\s*" + MonthName + @"\s+(?<day>\d{1,2})\b(?!,?\s*\d{4})\)?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WeekdayDate();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b(?![,.]\d)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YearNumber();
}
