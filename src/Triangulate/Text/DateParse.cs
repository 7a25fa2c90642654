namespace Triangulate.Text;

/// <summary>
/// One candidate date in a text: where it stands, and either the date it states or why it was refused ("February 30",
/// "year 1750 is before 1800", "a Friday, not a Thursday").
/// </summary>
public sealed record DateParse(int Index, int Length, ParsedDate? Date, string? Rejection)
{
    public bool Succeeded => Date is not null;

    public static DateParse NotFound(string reason) => new(-1, 0, null, reason);
}
