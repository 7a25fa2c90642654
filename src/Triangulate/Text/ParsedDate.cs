namespace Triangulate.Text;

/// <summary>An explicit date or time read from text.</summary>
/// <param name="Value">The instant; for day precision or a time with no zone, the local reading with offset zero.</param>
/// <param name="HasOffset">True when the text gave a zone or an offset ("EST", "+01:00", "Z").</param>
public sealed record ParsedDate(DateTimeOffset Value, DatePrecision Precision, bool HasOffset)
{
    public DateOnly Day => DateOnly.FromDateTime(Value.DateTime);
}
