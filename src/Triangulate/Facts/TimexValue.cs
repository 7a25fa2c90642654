using System.Globalization;

namespace Triangulate.Facts;

/// <summary>Formats and reads TimeML values ("2024-03-15", "2024-W10", "2024-03", "2024-Q1", "2024").</summary>
public static class TimexValue
{
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Quarter(int year, int quarter) => $"{Year(year)}-Q{quarter}";

    public static int QuarterOf(DateOnly date) => (date.Month - 1) / 3 + 1;

    public static string Week(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(dateTime):D4}-W{ISOWeek.GetWeekOfYear(dateTime):D2}";
    }

    /// <summary>The first and last day a DATE value covers: days, ISO weeks, months, quarters, years.</summary>
    public static (DateOnly First, DateOnly Last)? Interval(string value)
    {
        if (value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
            return null;
        if (value.Length == 4)
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return (day, day);
        if (value.Length == 8 && value[5] == 'W' && int.TryParse(value.AsSpan(6, 2), CultureInfo.InvariantCulture, out var week) && week is >= 1 and <= 53)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            return (monday, monday.AddDays(6));
        }
        if (value.Length == 7 && value[5] == 'Q' && value[6] is >= '1' and <= '4')
        {
            var first = new DateOnly(year, (value[6] - '1') * 3 + 1, 1);
            return (first, first.AddMonths(3).AddDays(-1));
        }
        if (value.Length == 7 && int.TryParse(value.AsSpan(5, 2), CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            var first = new DateOnly(year, month, 1);
            return (first, first.AddMonths(1).AddDays(-1));
        }
        return null;
    }
}
