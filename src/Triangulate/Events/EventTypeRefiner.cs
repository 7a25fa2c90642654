namespace Triangulate.Events;

/// <summary>
/// Narrows a generic trigger ("attacked", "fighting", "protest") to a more specific kind when the
/// <see cref="EventTypeClassifier"/>'s reading of its whole sentence names one: "attacked" in a sentence about warplanes
/// is an air strike, "protest" in one about stones and torched cars a riot. Only these narrowings are made: a trigger
/// that already names its kind ("air strike", "grenade") keeps it, and an attack never turns into a battle or a protest,
/// since the words tell those apart more reliably than a classifier fitted on a few hundred snippets.
/// </summary>
internal static class EventTypeRefiner
{
    private static readonly Dictionary<EventType, EventType[]> Narrower = new()
    {
        [EventTypes.Attack] = [EventTypes.AirStrike, EventTypes.Shelling, EventTypes.Bombing, EventTypes.SuicideBombing, EventTypes.Grenade,
            EventTypes.MassViolence, EventTypes.Abduct, EventTypes.SexualViolence],
        [EventTypes.Fight] = [EventTypes.AirStrike, EventTypes.Shelling, EventTypes.SeizeTerritory, EventTypes.RegainTerritory],
        [EventTypes.Protest] = [EventTypes.Riot],
    };

    public static EventType Refine(EventType type, Func<string> sentenceLabel)
    {
        if (!Narrower.TryGetValue(type, out var narrower))
            return type;
        var label = sentenceLabel();
        return narrower.FirstOrDefault(t => t.Acled == label) ?? type;
    }
}
