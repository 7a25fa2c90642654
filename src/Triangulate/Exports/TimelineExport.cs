using System.Globalization;
using System.Text.Json;
using Triangulate.Events;

namespace Triangulate.Exports;

/// <summary>Writes the dated events as a JSON timeline, earliest first: day span, precision, what, who, where, on how many origins.</summary>
public static class TimelineExport
{
    public static void Write(TextWriter writer, IReadOnlyList<EventFact> events)
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
                type = fact.Type.Name,
                participants = fact.Participants.Select(p => new { name = p.Name, role = p.Role }),
                place = fact.Place?.Name,
                modality = fact.Modality.ToString().ToLowerInvariant(),
                independent_origins = fact.Support.IndependentOrigins,
                status = EventRow.StatusName(fact.Support.Status),
                text = fact.Mentions[0].Evidence.Text,
            });
        writer.Write(JsonSerializer.Serialize(entries, new JsonSerializerOptions { WriteIndented = true }));
        writer.WriteLine();
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
