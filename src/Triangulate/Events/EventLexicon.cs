using System.Collections.Frozen;
using Triangulate.Text;

namespace Triangulate.Events;

/// <summary>
/// The words that name an event (verbs and their nouns: "met", "meeting", "talks"), by Porter stem, and the two-word
/// names whose first word changes the type ("air strike", "suicide bomber").
/// </summary>
public static class EventLexicon
{
    private static readonly FrozenDictionary<string, EventType> Words = Build(new Dictionary<EventType, string[]>
    {
        [EventTypes.Statement] = ["announce", "announcement", "statement", "declare", "declaration", "broadcast", "proclaim"],
        [EventTypes.Appeal] = ["appeal", "urge", "request", "plead"],
        [EventTypes.Decide] = ["decide", "decision", "approve", "approval", "authorise", "adopt", "endorse"],
        [EventTypes.Meet] = ["meet", "met", "meeting", "talks", "discuss", "discussion", "summit", "consult", "consultation", "negotiate", "negotiation", "confer", "conference", "host"],
        [EventTypes.Visit] = ["visit", "travel", "trip", "fled", "flew", "arrive", "arrival", "fly", "flee", "evacuate", "evacuation", "deport", "transport", "smuggle"],
        [EventTypes.Agree] = ["agree", "agreement", "sign", "deal", "ceasefire", "truce", "pact", "treaty"],
        [EventTypes.Trade] = ["buy", "bought", "sold", "sell", "sale", "purchase", "rent"],
        [EventTypes.Aid] = ["aid", "assistance", "donate", "donation"],
        [EventTypes.Release] = ["release", "free", "parole"],
        [EventTypes.Investigate] = ["investigate", "investigation", "probe", "inquiry", "inspect", "inspection"],
        [EventTypes.Demand] = ["demand", "order", "ultimatum", "instruct"],
        [EventTypes.Accuse] = ["accuse", "accusation", "blame", "condemn", "condemnation", "criticise", "criticize", "criticism", "denounce"],
        [EventTypes.Reject] = ["reject", "rejection", "refuse", "veto"],
        [EventTypes.Threaten] = ["threaten", "threat", "warn", "warning", "vow", "coerce", "coercion"],
        [EventTypes.Protest] = ["protest", "protester", "protestor", "demonstration", "demonstrator", "rally", "sit-in", "march"],
        [EventTypes.Riot] = ["riot", "rioter", "unrest"],
        [EventTypes.Deploy] = ["deploy", "deployment", "mobilise", "mobilize", "reinforcement"],
        [EventTypes.Sanction] = ["sanction", "embargo", "blockade", "expel"],
        [EventTypes.Arrest] = ["arrest", "detain", "detention", "jail", "imprison", "imprisonment", "custody", "apprehend"],
        [EventTypes.Charge] = ["charge", "indict", "indictment", "prosecute", "prosecution"],
        [EventTypes.Trial] = ["trial", "hearing", "testify", "testimony"],
        [EventTypes.Convict] = ["convict", "conviction", "guilty"],
        [EventTypes.Sentence] = ["sentence"],
        [EventTypes.Abduct] = ["abduct", "abduction", "kidnap", "kidnapping", "hostage"],
        [EventTypes.Attack] = ["attack", "assault", "raid", "ambush", "storm", "stab", "stabbing", "shoot", "shot", "struck", "shooting", "gunfire", "gunman", "gunmen", "fire", "strike", "hit", "massacre", "assassinate", "assassination"],
        [EventTypes.SexualViolence] = ["rape"],
        [EventTypes.Bombing] = ["bomb", "bombing", "bomber", "explode", "explosion", "blast", "detonate", "detonation", "explosive", "ied"],
        [EventTypes.Grenade] = ["grenade"],
        [EventTypes.Kill] = ["kill", "killing", "dead", "death", "die", "murder", "execute", "execution", "fatality", "slay", "slaughter"],
        [EventTypes.Injure] = ["injure", "injury", "wound", "hurt", "maim"],
        [EventTypes.Destroy] = ["destroy", "destruction", "damage", "demolish", "demolition", "raze", "vandalise", "vandalize", "torch", "arson"],
        [EventTypes.Fight] = ["fight", "fought", "fighting", "clash", "battle", "combat", "skirmish", "offensive", "exchange"],
        [EventTypes.AirStrike] = ["airstrike", "bombard", "bombardment", "warplane", "drone"],
        [EventTypes.Shelling] = ["shell", "shelling", "artillery", "missile", "rocket", "mortar"],
        [EventTypes.SeizeTerritory] = ["seize", "overrun"],
        [EventTypes.RegainTerritory] = ["recapture", "retake", "regain", "liberate"],
        [EventTypes.MassViolence] = ["chemical", "gas", "sarin", "chlorine"],
        [EventTypes.Crime] = ["rob", "robbery", "theft", "steal", "stole", "stolen", "loot", "fraud", "traffick", "trafficking", "smuggling", "extortion", "crime"],
    });

    private static readonly FrozenDictionary<(string, string), EventType> Pairs = new Dictionary<(string, string), EventType>
    {
        [(Stem("air"), Stem("strike"))] = EventTypes.AirStrike,
        [(Stem("air"), Stem("raid"))] = EventTypes.AirStrike,
        [(Stem("drone"), Stem("strike"))] = EventTypes.AirStrike,
        [(Stem("drone"), Stem("attack"))] = EventTypes.AirStrike,
        [(Stem("missile"), Stem("attack"))] = EventTypes.Shelling,
        [(Stem("rocket"), Stem("attack"))] = EventTypes.Shelling,
        [(Stem("suicide"), Stem("bomber"))] = EventTypes.SuicideBombing,
        [(Stem("suicide"), Stem("bombing"))] = EventTypes.SuicideBombing,
        [(Stem("suicide"), Stem("attack"))] = EventTypes.SuicideBombing,
        [(Stem("grenade"), Stem("attack"))] = EventTypes.Grenade,
        [(Stem("car"), Stem("bomb"))] = EventTypes.Bombing,
        [(Stem("hunger"), Stem("strike"))] = EventTypes.Protest,
        [(Stem("general"), Stem("strike"))] = EventTypes.Protest,
        [(Stem("sexual"), Stem("assault"))] = EventTypes.SexualViolence,
        [(Stem("sexual"), Stem("violence"))] = EventTypes.SexualViolence,
        [(Stem("take"), Stem("control"))] = EventTypes.SeizeTerritory,
        [(Stem("hold"), Stem("talks"))] = EventTypes.Meet,
    }.ToFrozenDictionary();

    /// <summary>
    /// Words for who or what takes part in an event (the bomber, the drones, the protesters): they tell the classifier
    /// what kind of event a sentence is about, but the event itself is told by another word ("the drone struck").
    /// </summary>
    private static readonly FrozenSet<string> ParticipantWords = FrozenSet.ToFrozenSet(
    [
        "bomb", "bombs", "bomber", "bombers", "drone", "drones", "explosive", "explosives", "ied", "ieds", "grenade", "grenades",
        "missile", "missiles", "rocket", "rockets", "shells", "mortar", "mortars", "artillery", "warplane", "warplanes",
        "attacker", "attackers", "gunman", "gunmen", "protester", "protesters", "protestor", "protestors", "demonstrator",
        "demonstrators", "rioter", "rioters", "investigator", "investigators",
    ], StringComparer.Ordinal);

    /// <summary>True when a lower-case word names a participant or an instrument, not the event itself.</summary>
    public static bool NamesParticipant(string lower) => ParticipantWords.Contains(lower);

    /// <summary>The event a lower-case word names, read with the word before it; null when it names none.</summary>
    public static EventType? Find(string previousLower, string lower)
    {
        var stem = Stem(lower);
        if (previousLower.Length > 0 && Pairs.TryGetValue((Stem(previousLower), stem), out var pair))
            return pair;
        return Words.GetValueOrDefault(stem);
    }

    /// <summary>True when this word and the next one name one event: "air" before "strike".</summary>
    public static bool StartsPair(string lower, string nextLower) => Pairs.ContainsKey((Stem(lower), Stem(nextLower)));

    private static string Stem(string word) => StemCache.Stem(word);

    private static FrozenDictionary<string, EventType> Build(Dictionary<EventType, string[]> words)
    {
        var stems = new Dictionary<string, EventType>();
        foreach (var (type, forms) in words)
        {
            foreach (var form in forms)
                stems.TryAdd(Stem(form), type);
        }
        return stems.ToFrozenDictionary();
    }
}
