using Triangulate.Events;
using Triangulate.Text;

namespace Triangulate.Analysis;

/// <summary>
/// An event as the analysis layer stores and answers it: one happening however many articles of its story report it,
/// with its participants, place and time, who says so, and what it stands on (articles, independent origins, status,
/// every sentence that tells it).
/// </summary>
/// <param name="Story">The story whose articles tell it.</param>
/// <param name="Type">The event type's name ("meet", "attack"); <paramref name="Cameo"/> and <paramref name="Acled"/> its codes there.</param>
/// <param name="Modality">happened, planned, denied or hypothetical.</param>
/// <param name="Sources">The underlying sources the texts name ("Palestinian factional sources (via AFP)", "A Houthi source").</param>
/// <param name="IndependentOrigins">Distinct provenance groups among the articles: five copies of one wire report count 1.</param>
/// <param name="Status">single-source, corroborated (by <paramref name="IndependentOrigins"/>) or contradicted.</param>
public sealed record EventView(
    string Id,
    string Story,
    string Type,
    string? Cameo,
    string? Acled,
    IReadOnlyList<EventParticipant> Participants,
    EventPlace? Place,
    EventTime? Time,
    string Modality,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Articles,
    int IndependentOrigins,
    string Status,
    IReadOnlyList<Evidence> Evidence)
{
    /// <summary>The stored form of a merged event of <paramref name="story"/>.</summary>
    /// <param name="actorOf">The actor id a participant's name stands for; null when it is no known actor.</param>
    public static EventView Of(string story, EventFact fact, Func<string, string?> actorOf)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(actorOf);
        return new EventView(fact.Id, story, fact.Type.Name, fact.Type.Cameo, fact.Type.Acled,
            [.. fact.Participants.Select(p => new EventParticipant(actorOf(p.Name), p.Name, p.Type.ToString().ToLowerInvariant(), p.Role, p.Evidence))],
            fact.Place, fact.Time, fact.Modality.ToString().ToLowerInvariant(), fact.Support.Sources, fact.Support.Articles,
            fact.Support.IndependentOrigins, fact.Support.Status.Name(), fact.Support.Evidence);
    }
}

/// <summary>An actor taking part in an event: the resolved actor's id (null when the name is no known actor), the name the text uses, its type and role.</summary>
public sealed record EventParticipant(string? Actor, string Name, string Type, string Role, Evidence Evidence);
