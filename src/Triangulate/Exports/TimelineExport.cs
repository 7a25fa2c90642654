using System.Globalization;
using System.Text.Json;
using Triangulate.Analysis;

namespace Triangulate.Exports;

/// <summary>Writes the dated events as a JSON timeline, earliest first: day span, precision, what, who, where, on how many origins.</summary>
public static class TimelineExport
{
    public static void Write(TextWriter writer, IReadOnlyList<EventView> events)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var entries = events
            .Where(fact => fact.Time?.Start is not null)
            .OrderBy(fact => fact.Time!.Start).ThenBy(fact => fact.Time!.End)
            .Select(fact => new
            {
                id = fact.Id,
                start = Day(fact.Time!.Start),
                end = Day(fact.Time.End),
                precision = fact.Time.Precision,
                reported_only = fact.Time.Reported,
                type = fact.Type,
                participants = fact.Participants.Select(p => new { name = p.Name, role = p.Role }),
                place = fact.Place?.Name,
                modality = fact.Modality,
                independent_origins = fact.IndependentOrigins,
                status = fact.Status,
                text = fact.Evidence[0].Text,
            });
        writer.Write(JsonSerializer.Serialize(entries, new JsonSerializerOptions { WriteIndented = true }));
        writer.WriteLine();
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
