using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace Triangulate.Exports;

/// <summary>Writes records as a delimited table with CsvHelper: one column a property, named in snake case, values in the invariant culture.</summary>
internal static class CsvTable
{
    public static void Write<T>(TextWriter writer, IEnumerable<T> records, char separator, bool header)
    {
        var properties = typeof(T).GetProperties();
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { Separator = separator, HasHeader = header }, true);
        if (header)
            csv.WriteHeader(properties.Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name)).ToArray());
        foreach (var record in records)
            csv.WriteRecord(properties.Select(p => Convert.ToString(p.GetValue(record), CultureInfo.InvariantCulture) ?? "").ToArray());
        csv.Flush();
    }
}
