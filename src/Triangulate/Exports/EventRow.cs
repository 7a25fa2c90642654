using Triangulate.Facts;
using Triangulate.Events;
using System.Globalization;

namespace Triangulate.Exports;

/// <summary>
/// One merged event as a GDELT-style table row: the day, the first two actors, the CAMEO root, the place with its
/// coordinates, how many independent origins and articles carry it, and the articles' addresses.
/// </summary>
public sealed record EventRow(
    string EventId, string Date, string Precision, string Type, string? CameoRoot, string? Acled,
    string Actor1, string Actor1Type, string Actor2, string Actor2Type, string Place, string Country, string Latitude, string Longitude,
    string Modality, string Status, int IndependentOrigins, int Articles, string Sources, string SourceUrls)
{
    public static EventRow Of(EventView fact, Func<string, string> urlOf)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(urlOf);
        var actors = fact.Participants.Where(p => ParticipantRoles.TakesPart(p.Role)).ToList();
        var first = actors.ElementAtOrDefault(0);
        var second = actors.ElementAtOrDefault(1);
        return new EventRow(fact.Id, fact.Time?.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", fact.Time?.Precision ?? "",
            fact.Type, fact.Cameo, fact.Acled,
            first?.Name ?? "", first?.Type ?? "", second?.Name ?? "", second?.Type ?? "",
            fact.Place?.Name ?? "", fact.Place?.Country ?? "", Coordinate(fact.Place?.Latitude), Coordinate(fact.Place?.Longitude),
            fact.Modality, fact.Status, fact.IndependentOrigins, fact.Articles.Count,
            string.Join("; ", fact.Sources), string.Join(" ", fact.Articles.Select(urlOf)));
    }

    private static string Coordinate(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";
}
