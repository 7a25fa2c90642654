using System.Buffers;
using System.Text.RegularExpressions;

namespace Triangulate.Facts;

/// <summary>
/// Finds time expressions in a text and resolves them against the article's date, TimeML style: "last week" in an
/// article of Friday 15 March 2024 is 2024-W10 (4 to 10 March), "Wednesday (October 25)" a day, "three years" P3Y.
/// Rules, not a model: each expression keeps the rule that found it.
/// </summary>
public static class TimeExpressionFinder
{
    /// <summary>When two patterns match the same span, the earlier one here wins.</summary>
    private static readonly (TimexRule Rule, Regex Pattern)[] Rules =
    [
        (TimexRule.WeekdayDate, TimexPatterns.WeekdayDate()),
        (TimexRule.MonthDayYear, TimexPatterns.MonthDayYear()),
        (TimexRule.DayMonthYear, TimexPatterns.DayMonthYear()),
        (TimexRule.MonthYear, TimexPatterns.MonthYear()),
        (TimexRule.NumericDate, TimexPatterns.NumericDate()),
        (TimexRule.ClockTime, TimexPatterns.ClockTime()),
        (TimexRule.MonthDay, TimexPatterns.MonthDay()),
        (TimexRule.DayMonth, TimexPatterns.DayMonth()),
        (TimexRule.OrdinalQuarter, TimexPatterns.OrdinalQuarter()),
        (TimexRule.YearAgoPeriod, TimexPatterns.YearAgoPeriod()),
        (TimexRule.YearPeriod, TimexPatterns.YearPeriod()),
        (TimexRule.Offset, TimexPatterns.Offset()),
        (TimexRule.CountedDuration, TimexPatterns.CountedDuration()),
        (TimexRule.Weekday, TimexPatterns.WeekdayName()),
        (TimexRule.RelativePeriod, TimexPatterns.RelativePeriod()),
        (TimexRule.Recurrence, TimexPatterns.Recurrence()),
        (TimexRule.Holiday, TimexPatterns.Holiday()),
        (TimexRule.BareMonth, TimexPatterns.BareMonth()),
        (TimexRule.Decade, TimexPatterns.Decade()),
        (TimexRule.Century, TimexPatterns.OrdinalCentury()),
        (TimexRule.Year, TimexPatterns.Year()),
        (TimexRule.SpokenYear, TimexPatterns.SpokenYearPhrase()),
        (TimexRule.Deictic, TimexPatterns.DeicticWord()),
        (TimexRule.VagueDuration, TimexPatterns.VagueDuration()),
    ];

    /// <summary>
    /// What a text must hold for a rule to match in it: a text without it is not searched for the rule. Most texts name
    /// no spoken year, century, quarter or clock time, and those patterns cost as much to miss as to find.
    /// </summary>
    private static readonly Dictionary<TimexRule, Func<string, bool>> MayMatch = new()
    {
        [TimexRule.SpokenYear] = Holds(["nineteen", "thousand"]),
        [TimexRule.Century] = Holds(["century"]),
        [TimexRule.YearAgoPeriod] = Holds(["year-ago", "year-earlier"]),
        [TimexRule.OrdinalQuarter] = Holds(["quarter", "half"]),
        // A digit before "a.m." or "pm", or "noon" or "midnight".
        [TimexRule.ClockTime] = TimexPatterns.ClockTimeHint().IsMatch,
    };

    /// <summary>Whether a text holds any of these words, case aside.</summary>
    private static Func<string, bool> Holds(string[] words)
    {
        var values = SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);
        return text => text.AsSpan().IndexOfAny(values) >= 0;
    }

    public static IReadOnlyList<TimeExpression> Find(string text, DateOnly anchor)
    {
        var candidates = new List<Candidate>();
        for (var order = 0; order < Rules.Length; order++)
        {
            var (rule, pattern) = Rules[order];
            if (MayMatch.TryGetValue(rule, out var mayMatch) && !mayMatch(text))
                continue;
            foreach (var match in Matches(rule, pattern, text))
                candidates.Add(new Candidate(order, rule, match));
        }

        // The longest expression wins a contested span: "last Friday morning" over "Friday".
        candidates.Sort((a, b) => a.Match.Length != b.Match.Length ? b.Match.Length.CompareTo(a.Match.Length) : a.Order.CompareTo(b.Order));
        var chosen = new List<Candidate>();
        foreach (var candidate in candidates)
        {
            if (!chosen.Exists(other => candidate.Start < other.End && other.Start < candidate.End))
                chosen.Add(candidate);
        }
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));

        var resolver = new TimexResolver(text, anchor);
        var found = new List<TimeExpression>(chosen.Count);
        foreach (var candidate in chosen)
        {
            if (resolver.Resolve(candidate.Rule, candidate.Match) is { } expression)
                found.Add(expression);
        }
        return found;
    }

    /// <summary>A pattern that opens with optional words and a count is searched for only around time units.</summary>
    private static IEnumerable<Match> Matches(TimexRule rule, Regex pattern, string text) => rule switch
    {
        TimexRule.CountedDuration => UnitWindows.Matches(pattern, text, after: 8),
        TimexRule.Offset => UnitWindows.Matches(pattern, text, after: 24),
        _ => pattern.Matches(text),
    };

    private readonly record struct Candidate(int Order, TimexRule Rule, Match Match)
    {
        public int Start => Match.Index;

        public int End => Match.Index + Match.Length;
    }
}
