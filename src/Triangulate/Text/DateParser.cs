using System.Globalization;
using System.Text.RegularExpressions;

namespace Triangulate.Text;

/// <summary>
/// The one reader of explicit dates and times: ISO 8601 ("1987-02-26T13:05:00-05:00"), RFC 1123/822 ("Thu, 26 Feb
/// 1987 18:05:00 GMT"), news styles ("Feb. 26, 1987 1:05 p.m. EST", "26 February 1987", "4:20 PM EST, Thu February
/// 26, 1987", "Thu 26 Feb 1987 13.05 GMT"), a year run into its time where inline elements were joined ("February 26, 19874:20 PM UTC"), and
/// numeric forms (day first with dots, month first with slashes unless the first number cannot be a month). A stated
/// year is believed from 1800 to 2199; a stated weekday must agree with the date. Times with a zone abbreviation or an
/// offset keep it. No clock is read: what the text fixes is the answer.
/// </summary>
public static partial class DateParser
{
    public const int EarliestYear = 1800;
    public const int LatestYear = 2199;

    private const string Weekday = @"(?:(?<weekday>" + CalendarLexicon.WeekdayNames + "|" + CalendarLexicon.WeekdayAbbreviations + @")\.?,?\s+)?";
    private const string MonthWord = @"(?<month>" + CalendarLexicon.MonthNames + "|" + CalendarLexicon.MonthAbbreviations + @")(?:\.,?\s*|,?\s+)";
    private const string Day = @"(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)";
    private const string Year = @"(?<year>\d{4})";
    private const string Meridiem = @"(?<ampm>[ap]\.?\s?m\b\.?)";
    private const string Time =
        @"(?<hour>[012]?\d)(?::(?<minute>[0-5]\d)(?::(?<second>[0-5]\d)(?:[.,]\d+)?)?(?:\s*" + Meridiem + @")?|\.(?<minute>[0-5]\d)(?:\s*" + Meridiem + @"|(?=\s+(?-i:[A-Z]{1,4}T|UTC|GMT|[+-]\d)))|\s*" + Meridiem + ")";
    private const string MonthFirst = Weekday + MonthWord + Day + @",?\s+" + Year;
    private const string DayFirst = Weekday + Day + @"\.?\s+(?:of\s+)?" + MonthWord + Year;
    private const string Numeric =
        @"(?<day>[0-3]?\d)\.(?<mon>[01]?\d)\.(?<year>\d{4})|(?<first>[0-3]?\d)/(?<second>[0-3]?\d)/(?<year>\d{4})|(?<year>\d{4})/(?<mon>[01]?\d)/(?<day>[0-3]?\d)";
    private const string Iso = @"(?<year>\d{4})-(?<mon>[01]?\d)-(?<day>[0-3]?\d)";
    private const string Separator = @"(?:\s*[,|·•@/–—-])?\s*(?:at\s+)?";

    private static readonly string Zone =
        @"(?:\s*\(?(?<zone>[+-][01]\d(?::?[0-5]\d)?(?!\d)|(?-i:(?:GMT|UTC)\s?[+-]\d{1,2}(?::?[0-5]\d)?|"
        + string.Join('|', TimeZoneAbbreviations.Names) + @")(?!\w))\)?)?";

    private static readonly Regex Explicit = new(
        @"(?<![\d/.:-])(?-i:(?<![A-Za-z](?=[a-z0-9])))(?:"
        + Iso + @"(?:(?:T|\s+)" + Time + Zone + @")?(?![\d-])"
        + "|" + Time + Zone + @",?\s+(?:on\s+)?(?:" + MonthFirst + "|" + DayFirst + @")(?!\d)"
        + "|(?:" + MonthFirst + "|" + DayFirst + "|" + Numeric + ")(?:" + Separator + Time + Zone + @"|(?![\d/.]\d))"
        + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled,
        TimeSpan.FromMilliseconds(RegexBudget.Milliseconds));

    private static readonly Regex WholeValue = new(
        @"^\s*(?:(?<year>\d{4})(?<mon>[01]\d)(?<day>[0-3]\d)|(?<month>" + CalendarLexicon.MonthNames + "|" + CalendarLexicon.MonthAbbreviations + @")\.?,?\s+" + Year
        + @"|(?<year>\d{4})-(?<mon>[01]?\d)|(?<year>\d{4}))\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled,
        TimeSpan.FromMilliseconds(RegexBudget.Milliseconds));

    /// <summary>
    /// The date a value states (a metadata field, a feed date, a date line): the first explicit date in it, or, for a
    /// value that is nothing else, a compact "19870226", a month "February 1987" / "1987-02" or a year "1987".
    /// </summary>
    public static DateParse Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return DateParse.NotFound("empty");
        var text = value.Length > 200 ? value[..200] : value;
        var first = FindAll(text).FirstOrDefault();
        if (first is not null)
            return first;
        var whole = WholeValue.Match(text);
        return whole.Success ? Read(whole) : DateParse.NotFound($"no date in \"{Shorten(text)}\"");
    }

    /// <summary>Every explicit date in a text, in order, each read or refused with its reason.</summary>
    public static IEnumerable<DateParse> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasYearDigits(text))
            yield break;
        for (var match = Explicit.Match(text); match.Success; match = match.NextMatch())
            yield return Read(match);
    }

    /// <summary>The month and day of the dateline a paragraph opens with ("BRUSSELS, March 18 (Reuters) -"), if it
    /// opens with a dated one. A dateline states no year: the article's date supplies it.</summary>
    public static (int Month, int Day)? DatelineDay(string paragraph) =>
        DatedDateline().Match(paragraph) is { Success: true } dateline && CalendarLexicon.Month(dateline.Groups["month"].ValueSpan) is { } month
            ? (month, int.Parse(dateline.Groups["day"].ValueSpan, provider: CultureInfo.InvariantCulture))
            : null;

    [GeneratedRegex(@"^[^()\-–—,]{2,60},(?:[^()\-–—,]{2,30},)?\s*(?<month>" + CalendarLexicon.MonthNames + "|" + CalendarLexicon.MonthAbbreviations
        + @")\.?\s+(?<day>\d{1,2})\b(?:\s*\([^()]{2,40}\))?\s*[-–—]", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex DatedDateline();

    /// <summary>True when the text holds four digits in a row, as every explicit date does: a cheap test before the pattern.</summary>
    public static bool HasYearDigits(ReadOnlySpan<char> text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
                return true;
        }
        return false;
    }

    /// <summary>Null when year, month and day make a date this parser believes; else why not.</summary>
    public static string? Check(int year, int month, int day)
    {
        if (year < EarliestYear)
            return $"year {year} is before {EarliestYear}";
        if (year > LatestYear)
            return $"year {year} is after {LatestYear}";
        if (month is < 1 or > 12)
            return $"no month {month}";
        return day < 1 || day > DateTime.DaysInMonth(year, month)
            ? $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has no day {day}"
            : null;
    }

    private static DateParse Read(Match match)
    {
        var (year, month, day) = DateParts(match);
        if (Check(year, month, day) is { } invalid)
            return Refused(match, invalid);
        var date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        var precision = match.Groups["day"].Success || match.Groups["first"].Success ? DatePrecision.Day
            : match.Groups["mon"].Success || match.Groups["month"].Success ? DatePrecision.Month : DatePrecision.Year;
        if (match.Groups["weekday"].Success && CalendarLexicon.Weekday(match.Groups["weekday"].Value) is { } stated && stated != date.DayOfWeek)
            return Refused(match, $"{date:yyyy-MM-dd} was a {date.DayOfWeek}, not a {stated}");
        if (!match.Groups["hour"].Success)
            return Found(match, new ParsedDate(new DateTimeOffset(date, TimeSpan.Zero), precision, HasOffset: false));
        var hour = Number(match, "hour");
        var minute = match.Groups["minute"].Success ? Number(match, "minute") : 0;
        if (match.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12)
                return Refused(match, $"hour {hour} with {match.Groups["ampm"].Value.Trim()}");
            hour = hour % 12 + (char.ToLowerInvariant(match.Groups["ampm"].Value[0]) == 'p' ? 12 : 0);
        }
        if (hour > 23)
            return Refused(match, $"no hour {hour}");
        var zone = match.Groups["zone"];
        var offset = zone.Success ? Offset(zone.Value) : TimeSpan.Zero;
        if (offset is null)
            return Refused(match, $"no offset {zone.Value}");
        var instant = new DateTimeOffset(date.AddHours(hour).AddMinutes(minute), offset.Value);
        return Found(match, new ParsedDate(instant, DatePrecision.Minute, zone.Success));
    }

    private static (int Year, int Month, int Day) DateParts(Match match)
    {
        var year = Number(match, "year");
        var day = match.Groups["day"].Success ? Number(match, "day") : 1;
        if (match.Groups["first"].Success)
        {
            var (first, second) = (Number(match, "first"), Number(match, "second"));
            return first > 12 && second <= 12 ? (year, second, first) : (year, first, second);
        }
        var month = match.Groups["month"].Success ? CalendarLexicon.Month(match.Groups["month"].Value) ?? 0
            : match.Groups["mon"].Success ? Number(match, "mon") : 1;
        return (year, month, day);
    }

    private static TimeSpan? Offset(string zone)
    {
        if (TimeZoneAbbreviations.Offset(zone) is { } named)
            return named;
        var signAt = zone.IndexOfAny(['+', '-']);
        var digits = zone[(signAt + 1)..].Replace(":", "", StringComparison.Ordinal);
        var hours = int.Parse(digits.Length > 2 ? digits[..^2] : digits, CultureInfo.InvariantCulture);
        var minutes = digits.Length > 2 ? int.Parse(digits[^2..], CultureInfo.InvariantCulture) : 0;
        if (hours > 14)
            return null;
        var offset = new TimeSpan(hours, minutes, 0);
        return zone[signAt] == '-' ? -offset : offset;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static DateParse Found(Match match, ParsedDate date) => new(match.Index, match.Length, date, null);

    private static DateParse Refused(Match match, string reason) => new(match.Index, match.Length, null, $"\"{match.Value.Trim()}\": {reason}");

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
