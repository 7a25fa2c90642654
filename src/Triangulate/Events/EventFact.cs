namespace Triangulate.Events;

/// <summary>One event however many articles report it: the fullest account of its participants, place and time, and what it stands on.</summary>
public sealed record EventFact(
    string Id,
    EventType Type,
    IReadOnlyList<Participant> Participants,
    EventPlace? Place,
    EventTime? Time,
    Modality Modality,
    Support Support,
    IReadOnlyList<Event> Mentions);
