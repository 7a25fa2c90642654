using Triangulate.Text;

namespace Triangulate.Events;

/// <summary>An event as one sentence of one article tells it.</summary>
/// <param name="Trigger">The word naming the event ("met", "talks", "fired").</param>
/// <param name="Sources">Who says so, from the attributions around the trigger; empty when the article itself says it.</param>
/// <param name="Evidence">The sentence.</param>
public sealed record Event(
    string Id,
    EventType Type,
    Evidence Trigger,
    IReadOnlyList<Participant> Participants,
    EventPlace? Place,
    EventTime? Time,
    IReadOnlyList<EventSource> Sources,
    Modality Modality,
    Evidence Evidence)
{
    public string Article => Evidence.Article;
}
