using System.Globalization;
using Triangulate.Text;

namespace Triangulate.Ingest;

/// <summary>When an article was published, as precisely as the evidence allows.</summary>
/// <param name="Value">The instant; for day precision without a known zone, midnight with offset zero.</param>
/// <param name="HasOffset">False when the source gave a local time with no zone.</param>
/// <param name="Inferred">True when derived from indirect evidence (a caption date, a weekday in the text).</param>
/// <param name="Evidence">The text or metadata field that gave the date.</param>
public sealed record PublicationTime(
    DateTimeOffset Value,
    TimePrecision Precision,
    bool Inferred,
    string Evidence,
    bool HasOffset = true)
{
    /// <summary>A date <see cref="DateParser"/> read, with the evidence that gave it.</summary>
    public static PublicationTime From(ParsedDate date, string evidence)
    {
        ArgumentNullException.ThrowIfNull(date);
        var precision = date.Precision switch
        {
            DatePrecision.Year => TimePrecision.Year,
            DatePrecision.Month => TimePrecision.Month,
            DatePrecision.Day => TimePrecision.Day,
            _ => TimePrecision.Minute,
        };
        return new PublicationTime(date.Value, precision, Inferred: false, evidence, date.HasOffset);
    }

    /// <summary>ISO 8601, cut to the precision: "2023-10-25", "2024-03-16T10:54+05:30".</summary>
    public string ToIso() => Precision switch
    {
        TimePrecision.Year => Value.ToString("yyyy", CultureInfo.InvariantCulture),
        TimePrecision.Month => Value.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        TimePrecision.Day => Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ when HasOffset => Value.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture),
        _ => Value.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
    };
}
