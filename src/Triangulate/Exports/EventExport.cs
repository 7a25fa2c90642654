using System.Text.Json;
using Triangulate.Analysis;

namespace Triangulate.Exports;

/// <summary>Writes merged events as a table: GDELT style (tab-separated, no header, GDELT's column order), CSV with a header, or JSON lines.</summary>
public static class EventExport
{
    public static readonly IReadOnlyList<string> Formats = ["gdelt", "csv", "jsonl"];

    public static void Write(TextWriter writer, IReadOnlyList<EventView> events, string format, Func<string, string> urlOf)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var rows = events.Select(fact => EventRow.Of(fact, urlOf)).ToList();
        switch (format)
        {
            case "jsonl":
                foreach (var row in rows)
                    writer.WriteLine(JsonSerializer.Serialize(row, JsonOptions));
                break;
            case "csv":
                CsvTable.Write(writer, rows, ',', header: true);
                break;
            case "gdelt":
                CsvTable.Write(writer, rows, '\t', header: false);
                break;
            default:
                throw new ArgumentException($"unknown format '{format}': one of {string.Join(", ", Formats)}", nameof(format));
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}
