using System.Globalization;
using Triangulate.Analysis;

namespace Triangulate.Web.Views;

/// <summary>The actors one actor meets, fights or otherwise shares events with: one link per other actor and event type, with how many events.</summary>
public sealed record ActorLink(string? Actor, string Name, string Type, int Events, int IndependentOrigins)
{
    public static IReadOnlyList<ActorLink> Of(string actorId, IEnumerable<EventView> events) =>
        [.. events
            .SelectMany(e => e.Participants.Where(p => p.Actor != actorId).Select(p => (Participant: p, Event: e)))
            .GroupBy(x => (Key: x.Participant.Actor ?? x.Participant.Name.ToLower(CultureInfo.InvariantCulture), x.Event.Type))
            .Select(g => new ActorLink(g.First().Participant.Actor, g.First().Participant.Name, g.Key.Type,
                g.Select(x => x.Event.Id).Distinct().Count(), g.Max(x => x.Event.IndependentOrigins)))
            .OrderByDescending(l => l.Events).ThenBy(l => l.Name, StringComparer.Ordinal)];
}
