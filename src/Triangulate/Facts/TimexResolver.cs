using System.Globalization;
using System.Text.RegularExpressions;
using Triangulate.Text;

namespace Triangulate.Facts;

/// <summary>
/// Turns matched patterns into TimeML values, in document order, against the article's date (the anchor).
/// It remembers the last quarter or month the text spoke of, so "a year earlier" and "the quarter" refer back to it.
/// </summary>
internal sealed partial class TimexResolver(string text, DateOnly anchor)
{
    private string? _lastQuarter;
    private string? _lastMonth;

    public TimeExpression? Resolve(TimexRule rule, Match match)
    {
        var resolved = rule switch
        {
            TimexRule.MonthDayYear or TimexRule.DayMonthYear => FullDate(match),
            TimexRule.MonthYear => MonthWithYear(match),
            TimexRule.NumericDate => NumericDate(match),
            TimexRule.MonthDay or TimexRule.DayMonth => MonthDay(match),
            TimexRule.BareMonth => BareMonth(match),
            TimexRule.Weekday => WeekdayName(match),
            TimexRule.Year => Year(match),
            TimexRule.Decade => Date(match.Groups["decade"].Value[..3] + "X"),
            TimexRule.SpokenYear => SpokenYear(match),
            // The 20th century is the hundred years whose numbers begin 19.
            TimexRule.Century => Date((int.Parse(match.Groups["ordinal"].Value, CultureInfo.InvariantCulture) - 1).ToString("D2", CultureInfo.InvariantCulture)),
            TimexRule.WeekdayDate => match.Groups["year"].Success ? FullDate(match) : MonthDay(match),
            TimexRule.Deictic => Deictic(match),
            TimexRule.RelativePeriod => RelativePeriod(match),
            TimexRule.OrdinalQuarter => OrdinalQuarter(match),
            TimexRule.YearAgoPeriod => YearAgo(match.Groups["unit"].Value),
            TimexRule.YearPeriod => YearPeriod(match),
            TimexRule.Offset => Offset(match),
            TimexRule.CountedDuration => CountedDuration(match),
            TimexRule.VagueDuration => VagueDuration(match),
            TimexRule.ClockTime => ClockTime(match),
            TimexRule.Recurrence => Recurrence(match),
            TimexRule.Holiday => Holiday(match),
            _ => (Resolved?)null,
        };
        if (resolved is not { } value)
            return null;
        if (rule is TimexRule.OrdinalQuarter or TimexRule.RelativePeriod && value.Value.Contains("-Q", StringComparison.Ordinal))
            _lastQuarter = value.Value;
        else if (rule is TimexRule.MonthYear or TimexRule.BareMonth && value.Type == TimexType.Date)
            _lastMonth = value.Value;
        return new TimeExpression(match.Index, match.Length, match.Value, value.Type, value.Value, value.Modifier, rule.ToString());
    }

    private static Resolved Date(string value, string? modifier = null) => new(TimexType.Date, value, modifier);

    private static string? Modifier(string word) => word.ToLowerInvariant() switch
    {
        "early" or "the beginning of" or "the start of" => "START",
        "mid" or "the middle of" => "MID",
        "late" or "the end of" => "END",
        _ => null,
    };

    private static string? Approximation(string word) => word.Length == 0 ? null : word.ToLowerInvariant() switch
    {
        "more than" or "over" or "at least" => "MORE_THAN",
        "less than" or "under" or "fewer than" or "up to" or "at most" => "LESS_THAN",
        _ => "APPROX",
    };

    /// <summary>A date with its year, read by the one date parser from where the weekday, month or day starts.</summary>
    private static Resolved? FullDate(Match match)
    {
        var start = new[] { match.Groups["weekday"], match.Groups["month"], match.Groups["day"] }
            .Where(group => group.Success).Min(group => group.Index) - match.Index;
        return DateParser.Parse(match.Value[start..]).Date is { } date
            ? Date(TimexValue.Day(date.Day), Modifier(match.Groups["mod"].Value))
            : null;
    }

    private Resolved? MonthWithYear(Match match)
    {
        var month = CalendarLexicon.Month(match.Groups["month"].Value);
        if (month is null || !int.TryParse(match.Groups["year"].Value, out var year))
            return null;
        return Date(TimexValue.Month(new DateOnly(year, month.Value, 1)), Modifier(match.Groups["mod"].Value));
    }

    private static Resolved? NumericDate(Match match) =>
        DateParser.Parse(match.Value).Date is { } date ? Date(TimexValue.Day(date.Day)) : null;

    /// <summary>A day with no year: the year that puts it nearest the article's date.</summary>
    private Resolved? MonthDay(Match match)
    {
        var date = NearestDay(match);
        return date is null ? null : Date(TimexValue.Day(date.Value));
    }

    private DateOnly? NearestDay(Match match)
    {
        var month = CalendarLexicon.Month(match.Groups["month"].Value);
        if (month is null || !int.TryParse(match.Groups["day"].Value, out var day) || day < 1 || day > 31)
            return null;
        var candidates = new[] { anchor.Year - 1, anchor.Year, anchor.Year + 1 }
            .Where(year => day <= DateTime.DaysInMonth(year, month.Value))
            .Select(year => new DateOnly(year, month.Value, day))
            .ToList();
        // News looks back more often than ahead: unless the sentence looks ahead, a future day must be twice as near.
        var futureWeight = IsFuture(match) ? 1 : 2;
        return candidates.Count == 0 ? null : candidates.MinBy(date => date > anchor ? futureWeight * (date.DayNumber - anchor.DayNumber) : anchor.DayNumber - date.DayNumber);
    }

    /// <summary>"the 1988 period": that year's quarter of the same number as the one last spoken of.</summary>
    private Resolved? YearPeriod(Match match)
    {
        var year = TimexValue.Year(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture));
        return _lastQuarter is { } quarter ? Date(year + quarter[4..]) : Date(year);
    }

    private Resolved? BareMonth(Match match)
    {
        var name = match.Groups["month"].Value;
        var month = CalendarLexicon.Month(name);
        var relation = match.Groups["rel"].Value.ToLowerInvariant();
        if (month is null || name.Length <= 4 && !name.EndsWith('.') && name != "June" && name != "July" && name != "May")
            return null;
        // "May" and "March" are also a verb and a noun: without a qualifier they need a preposition before them.
        var yearRelation = match.Groups["yearrel"].Value.ToLowerInvariant();
        if (relation.Length == 0 && yearRelation.Length == 0 && (name.StartsWith("Ma", StringComparison.Ordinal) || name.EndsWith('.'))
            && !TimexPatterns.PrepositionBefore().IsMatch(TextBefore(match, 12)))
            return null;
        if (relation is "each" or "every")
            return new Resolved(TimexType.Set, $"XXXX-{month:D2}", null);
        var year = (relation, yearRelation) switch
        {
            (_, "last") => anchor.Year - 1,
            (_, "this") => anchor.Year,
            (_, "next") => anchor.Year + 1,
            ("last", _) => month < anchor.Month ? anchor.Year : anchor.Year - 1,
            ("next", _) => month > anchor.Month ? anchor.Year : anchor.Year + 1,
            ("this" or "earlier this" or "later this", _) => anchor.Year,
            _ when IsFuture(match) => month >= anchor.Month ? anchor.Year : anchor.Year + 1,
            _ => anchor.Year + (month.Value - anchor.Month) switch { > 2 => -1, < -9 => 1, _ => 0 },
        };
        return Date(TimexValue.Month(new DateOnly(year, month.Value, 1)), Modifier(relation));
    }

    private Resolved? WeekdayName(Match match)
    {
        var weekday = (int)Enum.Parse<DayOfWeek>(match.Groups["weekday"].Value);
        var isoWeekday = weekday == 0 ? 7 : weekday;
        var relation = match.Groups["rel"].Value.ToLowerInvariant();
        var part = PartOfDay(match.Groups["part"].Value);
        if (relation is "each" or "every" || match.Groups["plural"].Success || match.Groups["part"].Value.EndsWith('s'))
            return new Resolved(TimexType.Set, $"XXXX-WXX-{isoWeekday}{part}", null);
        var anchorWeekday = (int)anchor.DayOfWeek;
        var back = (anchorWeekday - weekday + 7) % 7;
        var forward = (weekday - anchorWeekday + 7) % 7;
        var date = relation switch
        {
            "last" => anchor.AddDays(back == 0 ? -7 : -back),
            "next" => anchor.AddDays(forward == 0 ? 7 : forward),
            "this" => anchor.AddDays(forward),
            _ when IsFuture(match) => anchor.AddDays(forward),
            _ => anchor.AddDays(-back),
        };
        // TimeBank mostly normalises "Friday night" to the day; the part of the day stays in the text.
        return Date(TimexValue.Day(date));
    }

    private static string PartOfDay(string word) => word.ToLowerInvariant().TrimEnd('s') switch
    {
        "morning" => "TMO",
        "afternoon" => "TAF",
        "evening" => "TEV",
        "night" => "TNI",
        _ => "",
    };

    private Resolved? Year(Match match)
    {
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        // A four-digit number far from the article's date, or followed by what it counts, is a count, not a year.
        if (year > anchor.Year + 20 || year < 1600 || !match.Groups["fiscal"].Success && CountNoun().IsMatch(text.AsSpan(match.Index + match.Length)))
            return null;
        return Date(TimexValue.Year(year));
    }

    private Resolved? SpokenYear(Match match)
    {
        var century = match.Groups["century"].Value.StartsWith('n') || match.Groups["century"].Value.StartsWith('N') ? 1900 : 2000;
        var rest = match.Groups["rest"].Success ? TimexCount.Parse(match.Groups["rest"].Value) : 0;
        if (rest is not { } offset)
            return null;
        var year = century + (int)offset;
        if (match.Groups["month"].Success)
            return Date(TimexValue.Month(new DateOnly(year, CalendarLexicon.Month(match.Groups["month"].Value)!.Value, 1)));
        if (match.Groups["season"].Success)
            return Date($"{TimexValue.Year(year)}-{SeasonCode(match.Groups["season"].Value.ToLowerInvariant())}");
        return Date(TimexValue.Year(year));
    }

    private Resolved? Deictic(Match match) =>
        string.Join(' ', match.Groups["word"].Value.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)) switch
        {
            "today" => Date(TimexValue.Day(anchor)),
            "yesterday" => Date(TimexValue.Day(anchor.AddDays(-1))),
            "tomorrow" => Date(TimexValue.Day(anchor.AddDays(1))),
            "the day before yesterday" => Date(TimexValue.Day(anchor.AddDays(-2))),
            "the day after tomorrow" => Date(TimexValue.Day(anchor.AddDays(2))),
            "tonight" => new Resolved(TimexType.Time, TimexValue.Day(anchor) + "TNI", null),
            "last night" or "overnight" => new Resolved(TimexType.Time, TimexValue.Day(anchor.AddDays(-1)) + "TNI", null),
            "this morning" => new Resolved(TimexType.Time, TimexValue.Day(anchor) + "TMO", null),
            "this afternoon" => new Resolved(TimexType.Time, TimexValue.Day(anchor) + "TAF", null),
            "this evening" => new Resolved(TimexType.Time, TimexValue.Day(anchor) + "TEV", null),
            "noon" or "midday" => new Resolved(TimexType.Time, TimexValue.Day(anchor) + "T12:00", null),
            "midnight" => new Resolved(TimexType.Time, TimexValue.Day(anchor) + "T24:00", null),
            "recently" or "recent" or "previously" or "formerly" or "lately" or "the past" => Date("PAST_REF"),
            "soon" or "the future" or "future" => Date("FUTURE_REF"),
            _ => Date("PRESENT_REF"),
        };

    private Resolved? RelativePeriod(Match match)
    {
        var relation = string.Join(' ', match.Groups["rel"].Value.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        var step = relation switch
        {
            "last" or "the past" or "the previous" or "late last" => -1,
            "next" or "the coming" or "the following" or "early next" or "late next" => 1,
            _ => 0,
        };
        var modifier = relation switch
        {
            "early this" or "early next" => "START",
            "late last" or "late this" or "late next" => "END",
            _ => null,
        };
        if (relation == "a")
            return unit is "year" or "month" or "week" or "day" ? new Resolved(TimexType.Duration, DurationValue(1, unit), null) : null;
        // TimeBank reads "the past year" as the previous calendar year, but "the past decade" as ten years.
        if (relation is "the past" && unit is "month" or "week" or "decade" or "century")
            return new Resolved(TimexType.Duration, DurationValue(1, unit), null);
        // "for the year ended March 31" reports a twelve-month span, not the calendar year.
        if (relation is "the" && unit is "year" or "fiscal year" && TimexPatterns.EndedAfter().IsMatch(text.AsSpan(match.Index + match.Length)))
            return new Resolved(TimexType.Duration, "P1Y", null);
        if (relation is "the" && unit is "weekend" && TimexPatterns.OverBefore().IsMatch(TextBefore(match, 8)))
            return Date(TimexValue.Week(LastWeekend()) + "-WE");
        return unit switch
        {
            "week" => Date(TimexValue.Week(anchor.AddDays(7 * step)), modifier),
            "weekend" => Date(TimexValue.Week(anchor.AddDays(7 * step)) + "-WE", modifier),
            "month" => Date(TimexValue.Month(anchor.AddMonths(step)), modifier),
            "year" or "fiscal year" => Date(TimexValue.Year(anchor.Year + step), modifier),
            "decade" => Date(TimexValue.Year(anchor.Year + 10 * step)[..3] + "X", modifier),
            "century" => Date(TimexValue.Year(anchor.Year + 100 * step)[..2] + "XX", modifier),
            "quarter" or "period" when relation is "the current" => Date(QuarterShifted(anchor, 0)),
            // Companies report the quarter that ended before the article, whatever quarters the text spoke of before.
            "quarter" or "period" when relation is "the latest" => Date(QuarterShifted(anchor, -1)),
            "quarter" or "period" when relation is "the" or "the same" && _lastQuarter is { } quarter => Date(quarter),
            "quarter" or "period" => Date(QuarterShifted(anchor, step == 0 && relation != "this" ? -1 : step), modifier),
            _ => Season(unit, step, modifier),
        };
    }

    /// <summary>The Saturday of the latest weekend that has begun by the article's date.</summary>
    private DateOnly LastWeekend() => anchor.AddDays(-(((int)anchor.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7));

    private static string SeasonCode(string season) => season switch { "spring" => "SP", "summer" => "SU", "fall" or "autumn" => "FA", _ => "WI" };

    private static string QuarterShifted(DateOnly date, int quarters)
    {
        var shifted = date.AddMonths(3 * quarters);
        return TimexValue.Quarter(shifted.Year, TimexValue.QuarterOf(shifted));
    }

    private Resolved? Season(string season, int step, string? modifier)
    {
        var code = SeasonCode(season);
        var seasonStartMonth = season switch { "spring" => 3, "summer" => 6, "fall" or "autumn" => 9, _ => 12 };
        var year = step switch
        {
            < 0 => anchor.Month > seasonStartMonth + 2 ? anchor.Year : anchor.Year - 1,
            > 0 => anchor.Month < seasonStartMonth ? anchor.Year : anchor.Year + 1,
            _ => anchor.Year,
        };
        return Date($"{TimexValue.Year(year)}-{code}", modifier);
    }

    private Resolved? OrdinalQuarter(Match match)
    {
        var ordinal = match.Groups["ord"].Value.ToLowerInvariant() switch
        {
            "first" or "1st" => 1, "second" or "2nd" => 2, "third" or "3rd" => 3, _ => 4,
        };
        if (match.Groups["unit"].Value.Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            var halfYear = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : anchor.Year;
            return ordinal <= 2 ? Date($"{TimexValue.Year(halfYear)}-H{ordinal}") : null;
        }
        var yearGroup = match.Groups["year"].Success ? match.Groups["year"] : match.Groups["leadyear"];
        var year = yearGroup.Success
            ? int.Parse(yearGroup.Value, CultureInfo.InvariantCulture)
            : match.Groups["yearrel"].Value.ToLowerInvariant() switch
            {
                "last" => anchor.Year - 1,
                "this" => anchor.Year,
                "next" => anchor.Year + 1,
                _ => ordinal <= TimexValue.QuarterOf(anchor) ? anchor.Year : anchor.Year - 1,
            };
        if (match.Groups["rel"].Value.Equals("next", StringComparison.OrdinalIgnoreCase) && !yearGroup.Success && !match.Groups["yearrel"].Success
            && ordinal <= TimexValue.QuarterOf(anchor))
            year++;
        return Date(TimexValue.Quarter(year, ordinal));
    }

    /// <summary>
    /// "a year earlier", "the year-ago quarter": the quarter (or month) last spoken of, one year back. Business news
    /// compares quarters, so a text that speaks of quarters at all means the last one reported.
    /// </summary>
    private Resolved YearAgo(string unit)
    {
        var period = _lastQuarter ?? _lastMonth;
        if (period is null && (unit.StartsWith("quarter", StringComparison.OrdinalIgnoreCase) || text.Contains("quarter", StringComparison.OrdinalIgnoreCase)))
            period = QuarterShifted(anchor, -1);
        if (period is null)
            return Date(TimexValue.Year(anchor.Year - 1));
        var year = int.Parse(period[..4], CultureInfo.InvariantCulture) - 1;
        return Date(TimexValue.Year(year) + period[4..]);
    }

    private Resolved? Offset(Match match)
    {
        var count = TimexCount.Parse(match.Groups["n"].Value);
        var unit = Singular(match.Groups["unit"].Value);
        var direction = match.Groups["dir"].Value.ToLowerInvariant();
        // "three days later" counts from an event the text tells of, not from the article's date: TimeBank keeps the length.
        if (direction is "later" or "before" or "after" || direction == "earlier" && unit != "year")
            return new Resolved(TimexType.Duration, DurationValue(count, unit), null);
        var sign = direction is "from now" or "hence" ? 1 : -1;
        // Beyond a few centuries an offset names no calendar date ("a million years ago").
        if (count is not { } n || n != Math.Floor(n) || n > 300)
            return Date(sign < 0 ? "PAST_REF" : "FUTURE_REF");
        var amount = (int)n * sign;
        if (unit == "year" && amount == -1)
            return YearAgo("");
        return unit switch
        {
            "day" => Date(TimexValue.Day(anchor.AddDays(amount))),
            "week" => Date(TimexValue.Week(anchor.AddDays(7 * amount))),
            "month" => Date(TimexValue.Month(anchor.AddMonths(amount))),
            "year" => Date(TimexValue.Year(anchor.Year + amount)),
            "decade" => Date(TimexValue.Year(anchor.Year + 10 * amount)[..3] + "X"),
            "quarter" => Date(QuarterShifted(anchor, amount)),
            _ => Date(sign < 0 ? "PAST_REF" : "FUTURE_REF"),
        };
    }

    private Resolved? CountedDuration(Match match)
    {
        var unit = Singular(match.Groups["unit"].Value);
        var count = TimexCount.Parse(match.Groups["n"].Value);
        var lead = match.Groups["lead"].Value.ToLowerInvariant();
        if (unit == "weekend")
            return null;
        if (count == 1 && lead.Length == 0 && match.Groups["n"].Value.Equals("a", StringComparison.OrdinalIgnoreCase)
            && Preceding(match, 1) is "$" or "%" or "cents" or "percent")
            return new Resolved(TimexType.Set, "P1" + UnitCode(unit), null);
        return new Resolved(TimexType.Duration, DurationValue(count, unit), Approximation(match.Groups["approx"].Value));
    }

    /// <summary>
    /// "three years" P3Y, "5 1/2 hours" PT5H30M; TimeBank counts decades and centuries in years ("two decades" P20Y)
    /// and writes a half year as six months.
    /// </summary>
    private static string DurationValue(double? count, string unit)
    {
        if (count is { } spans && unit is "decade" or "century")
            return "P" + FormatAmount(spans * (unit == "decade" ? 10 : 100)) + "Y";
        if (count is { } half && half % 1 == 0.5 && unit is "year" or "hour" or "minute")
        {
            var whole = (int)Math.Floor(half);
            return unit switch
            {
                "year" => whole == 0 ? "P6M" : $"P{whole}Y6M",
                "hour" => whole == 0 ? "PT30M" : $"PT{whole}H30M",
                _ => whole == 0 ? "PT30S" : $"PT{whole}M30S",
            };
        }
        var prefix = unit is "hour" or "minute" or "second" ? "PT" : "P";
        return prefix + (count is { } n ? FormatAmount(n) : "X") + UnitCode(unit);
    }

    private Resolved? VagueDuration(Match match)
    {
        var lead = match.Groups["lead"].Value.ToLowerInvariant();
        var unit = Singular(match.Groups["unit"].Value);
        if (lead is "the" or "for" or "in" && unit is "hour" or "minute")
            return null;
        if (lead == "recent" && unit == "year")
            return Date("PAST_REF");
        var prefix = unit is "hour" or "minute" ? "PT" : "P";
        return new Resolved(TimexType.Duration, prefix + "X" + UnitCode(unit), null);
    }

    private Resolved? ClockTime(Match match)
    {
        int hour, minute = 0;
        if (match.Groups["noon"].Success)
            hour = match.Groups["noon"].Value.Equals("noon", StringComparison.OrdinalIgnoreCase) ? 12 : 24;
        else
        {
            hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
            minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            if (hour is < 1 or > 12)
                return null;
            var pm = match.Groups["ampm"].Value.StartsWith('p') || match.Groups["ampm"].Value.StartsWith('P');
            hour = hour % 12 + (pm ? 12 : 0);
        }
        var day = anchor;
        if (match.Groups["day"].Success)
        {
            if (NearestDay(match) is not { } date)
                return null;
            day = date;
        }
        else if (match.Groups["weekday"].Success)
        {
            var back = ((int)anchor.DayOfWeek - (int)Enum.Parse<DayOfWeek>(match.Groups["weekday"].Value) + 7) % 7;
            day = anchor.AddDays(-back);
        }
        else if (match.Groups["dayword"].Success)
        {
            day = match.Groups["dayword"].Value.ToLowerInvariant() switch
            {
                "yesterday" => anchor.AddDays(-1),
                "tomorrow" => anchor.AddDays(1),
                _ => anchor,
            };
        }
        return new Resolved(TimexType.Time, $"{TimexValue.Day(day)}T{hour:D2}:{minute:D2}", Approximation(match.Groups["approx"].Value));
    }

    private static Resolved? Recurrence(Match match)
    {
        var word = (match.Groups["word"].Success ? match.Groups["word"].Value : match.Groups["unit"].Value).ToLowerInvariant();
        var value = word switch
        {
            "daily" or "day" or "nightly" or "night" => "P1D",
            "weekly" or "week" => "P1W",
            "monthly" or "month" => "P1M",
            "annually" or "yearly" or "year" => "P1Y",
            "quarterly" or "quarter" => "P1Q",
            "hourly" or "hour" => "PT1H",
            _ => "PT1M",
        };
        return new Resolved(TimexType.Set, value, null);
    }

    private Resolved? Holiday(Match match)
    {
        var name = match.Groups["holiday"].Value;
        var nearest = new[] { anchor.Year - 1, anchor.Year, anchor.Year + 1 }
            .Select(year => HolidayIn(name, year))
            .MinBy(day => Math.Abs(day.DayNumber - anchor.DayNumber));
        return Date(TimexValue.Day(nearest));
    }

    private static DateOnly HolidayIn(string name, int year) => name switch
        {
            _ when name.StartsWith("Christmas Eve", StringComparison.Ordinal) => new DateOnly(year, 12, 24),
            _ when name.StartsWith("Christmas", StringComparison.Ordinal) => new DateOnly(year, 12, 25),
            _ when name.EndsWith("Eve", StringComparison.Ordinal) => new DateOnly(year, 12, 31),
            _ when name.StartsWith("New Year", StringComparison.Ordinal) => new DateOnly(year, 1, 1),
            _ when name.StartsWith("Thanksgiving", StringComparison.Ordinal) => FourthThursdayOfNovember(year),
            _ when name.StartsWith("Independence", StringComparison.Ordinal) => new DateOnly(year, 7, 4),
            _ when name.StartsWith("Valentine", StringComparison.Ordinal) => new DateOnly(year, 2, 14),
            _ => new DateOnly(year, 10, 31),
        };

    private static DateOnly FourthThursdayOfNovember(int year)
    {
        var first = new DateOnly(year, 11, 1);
        var firstThursday = first.AddDays(((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7);
        return firstThursday.AddDays(21);
    }

    /// <summary>
    /// Whether the sentence looks ahead at the expression: a cue such as "will" or "planned" before it, and no verb in
    /// the past tense in between ("could be located Wednesday" looks back).
    /// </summary>
    private bool IsFuture(Match match)
    {
        var sentenceStart = Math.Max(0, Math.Max(text.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(0, match.Index - 1)) + 1, match.Index - 80));
        var before = text[sentenceStart..match.Index];
        var cues = TimexPatterns.FutureCue().Matches(before);
        if (cues.Count == 0)
            return false;
        var lastCue = cues[^1];
        return !TimexPatterns.PastTenseVerb().IsMatch(before, lastCue.Index + lastCue.Length);
    }

    private ReadOnlySpan<char> TextBefore(Match match, int length) => text.AsSpan(Math.Max(0, match.Index - length), Math.Min(length, match.Index));

    private string Preceding(Match match, int words)
    {
        var before = text[Math.Max(0, match.Index - 30)..match.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return before.Length >= words ? before[^words].ToLowerInvariant() : "";
    }

    private static string Singular(string unit)
    {
        var lower = unit.ToLowerInvariant();
        return lower switch
        {
            "centuries" => "century",
            _ when lower.EndsWith('s') => lower[..^1],
            _ => lower,
        };
    }

    private static string UnitCode(string unit) => unit switch
    {
        "year" => "Y",
        "month" => "M",
        "week" => "W",
        "day" => "D",
        "hour" => "H",
        "minute" => "M",
        "second" => "S",
        "decade" => "DE",
        "century" => "CE",
        "quarter" => "Q",
        _ => "D",
    };

    private static string FormatAmount(double amount) =>
        amount == Math.Floor(amount) ? ((long)amount).ToString(CultureInfo.InvariantCulture) : amount.ToString("0.#", CultureInfo.InvariantCulture);

    private readonly record struct Resolved(TimexType Type, string Value, string? Modifier);

    [GeneratedRegex(@"^\s+(?:of\b|(?!(?:was|has|is|as|this|his|its|hers|yes|has)\b)[a-z]+s\b)")]
    private static partial Regex CountNoun();
}
