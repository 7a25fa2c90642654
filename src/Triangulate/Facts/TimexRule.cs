namespace Triangulate.Facts;

/// <summary>Which pattern matched a candidate time expression; decides how its value is resolved.</summary>
internal enum TimexRule
{
    MonthDayYear,
    DayMonthYear,
    MonthYear,
    NumericDate,
    MonthDay,
    WeekdayDate,
    DayMonth,
    BareMonth,
    Weekday,
    Year,
    SpokenYear,
    Decade,
    Century,
    Deictic,
    RelativePeriod,
    OrdinalQuarter,
    YearAgoPeriod,
    YearPeriod,
    Offset,
    CountedDuration,
    VagueDuration,
    ClockTime,
    Recurrence,
    Holiday,
}
