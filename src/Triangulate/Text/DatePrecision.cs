namespace Triangulate.Text;

/// <summary>How much of a date a text states: "1987", "February 1987", "February 26, 1987", "1:05 p.m. February 26, 1987".</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
    Minute,
}
