namespace Triangulate.Text;

/// <summary>
/// The names of months and weekdays, in full and abbreviated, as English news prints them: the one list every date
/// reader matches and looks up.
/// </summary>
public static class CalendarLexicon
{
    /// <summary>Full month names, as a regular-expression alternation.</summary>
    public const string MonthNames = "January|February|March|April|May|June|July|August|September|October|November|December";

    /// <summary>Month abbreviations ("Sept" before "Sep"), without their full stop.</summary>
    public const string MonthAbbreviations = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    /// <summary>Full weekday names, as a regular-expression alternation.</summary>
    public const string WeekdayNames = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    /// <summary>Weekday abbreviations ("Thurs" before "Thu"), without their full stop.</summary>
    public const string WeekdayAbbreviations = "Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun";

    private static readonly string[] MonthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly string[] WeekdayPrefixes = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    private static readonly string[] FullMonths = MonthNames.Split('|');

    private static readonly string[] FullWeekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    /// <summary>The month (1-12) a name or abbreviation stands for, with or without its full stop; null for anything else.</summary>
    public static int? Month(ReadOnlySpan<char> name)
    {
        var index = Lookup(name, MonthPrefixes, FullMonths);
        return index < 0 ? null : index + 1;
    }

    /// <summary>The weekday a name or abbreviation stands for ("Thu", "Thurs.", "Thursday").</summary>
    public static DayOfWeek? Weekday(ReadOnlySpan<char> name)
    {
        var index = Lookup(name, WeekdayPrefixes, FullWeekdays);
        return index < 0 ? null : (DayOfWeek)index;
    }

    /// <summary>The index of the name whose first three letters start <paramref name="name"/> and of which it is a prefix.</summary>
    private static int Lookup(ReadOnlySpan<char> name, string[] prefixes, string[] fullNames)
    {
        name = name.TrimEnd('.');
        if (name.Length < 3)
            return -1;
        for (var index = 0; index < prefixes.Length; index++)
        {
            if (name[..3].Equals(prefixes[index], StringComparison.OrdinalIgnoreCase)
                && fullNames[index].AsSpan().StartsWith(name, StringComparison.OrdinalIgnoreCase))
                return index;
        }
        return -1;
    }
}
