using System.Collections.Frozen;
using Triangulate.Facts;
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
        [EventTypes.Appeal] = ["appeal", "urge", "request", "plead", "beg"],
        [EventTypes.Decide] = ["decide", "decision", "approve", "approval", "authorise", "adopt", "endorse"],
        [EventTypes.Meet] = ["meet", "met", "meeting", "talks", "discuss", "discussion", "summit", "consult", "consultation", "negotiate", "negotiation", "confer", "conference", "host", "interview"],
        [EventTypes.Visit] = ["visit", "travel", "trip", "fled", "flew", "arrive", "arrival", "fly", "flee", "evacuate", "evacuation", "deport", "transport", "smuggle", "walk", "relocate", "airlift"],
        [EventTypes.Agree] = ["agree", "agreement", "sign", "deal", "ceasefire", "truce", "pact", "treaty"],
        [EventTypes.Trade] = ["buy", "bought", "sold", "sell", "sale", "purchase", "rent"],
        [EventTypes.Aid] = ["aid", "assistance", "donate", "donation"],
        [EventTypes.Release] = ["release", "free", "parole"],
        [EventTypes.Investigate] = ["investigate", "investigation", "probe", "inquiry", "inspect", "inspection"],
        [EventTypes.Demand] = ["demand", "order", "instruct"],
        [EventTypes.Accuse] = ["accuse", "accusation", "blame", "condemn", "condemnation", "criticise", "criticize", "criticism", "denounce"],
        [EventTypes.Reject] = ["reject", "rejection", "refuse", "veto"],
        [EventTypes.Threaten] = ["threaten", "threat", "warn", "warning", "vow", "coerce", "coercion", "ultimatum", "blackmail"],
        [EventTypes.Protest] = ["protest", "protester", "protestor", "demonstration", "demonstrator", "rally", "sit-in", "march"],
        [EventTypes.Riot] = ["riot", "rioter", "unrest"],
        [EventTypes.Deploy] = ["deploy", "deployment", "mobilise", "mobilize", "reinforcement"],
        [EventTypes.Sanction] = ["sanction", "embargo", "blockade", "expel"],
        [EventTypes.Arrest] = ["arrest", "detain", "detention", "jail", "imprison", "imprisonment", "custody", "apprehend", "incarcerate", "incarceration"],
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
        [EventTypes.Injure] = ["injure", "injury", "wound", "hurt", "maim", "beating", "beaten"],
        [EventTypes.Destroy] = ["destroy", "destruction", "damage", "demolish", "demolition", "raze", "vandalise", "vandalize", "torch", "arson", "wreck", "sabotage", "dismantle", "bulldoze"],
        [EventTypes.Fight] = ["fight", "fought", "fighting", "clash", "battle", "combat", "skirmish", "offensive", "exchange"],
        [EventTypes.AirStrike] = ["airstrike", "bombard", "bombardment", "warplane", "drone"],
        [EventTypes.Shelling] = ["shell", "shelling", "artillery", "missile", "rocket", "mortar"],
        [EventTypes.SeizeTerritory] = ["seize", "overrun"],
        [EventTypes.RegainTerritory] = ["recapture", "retake", "regain", "liberate"],
        [EventTypes.MassViolence] = ["chemical", "gas", "sarin", "chlorine"],
        [EventTypes.Outbreak] = ["outbreak", "epidemic", "pandemic"],
        [EventTypes.Treat] = ["treatment", "surgery", "vaccinate", "vaccination"],
        [EventTypes.Resign] = ["resign", "resignation", "oust", "ouster"],
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
        [(Stem("nationwide"), Stem("strike"))] = EventTypes.Protest,
        [(Stem("national"), Stem("strike"))] = EventTypes.Protest,
        [(Stem("sexual"), Stem("assault"))] = EventTypes.SexualViolence,
        [(Stem("sexual"), Stem("violence"))] = EventTypes.SexualViolence,
        [(Stem("take"), Stem("control"))] = EventTypes.SeizeTerritory,
        [(Stem("hold"), Stem("talks"))] = EventTypes.Meet,
        [(Stem("phone"), Stem("call"))] = EventTypes.Meet,
        [(Stem("telephone"), Stem("call"))] = EventTypes.Meet,
    }.ToFrozenDictionary();

    /// <summary>Words whose stem is an event's but which name none: "critical" (not "criticise"), "mobile", "deadly".</summary>
    private static readonly FrozenSet<string> NotEvents = FrozenSet.ToFrozenSet(
        ["critical", "critically", "critic", "critics", "mobile", "mobility", "chemicals", "deadly", "deadlier", "deadliest", "murderous"],
        StringComparer.Ordinal);

    /// <summary>An event word after which a word makes it none: "weapons of mass destruction", "pleaded not guilty".</summary>
    private static readonly FrozenSet<(string, string)> NotAfter = new[] { ("mass", "destruction"), ("not", "guilty") }.ToFrozenSet();

    /// <summary>An event word before which a word makes it none: "sign up", "pleaded not guilty" (a plea, not an appeal), "approval rating".</summary>
    private static readonly FrozenSet<(string, string)> NotBefore = new[] { (Stem("sign"), "up"), (Stem("plead"), "guilty"), (Stem("plead"), "not"), (Stem("plead"), "innocent"), (Stem("approval"), "rating"), (Stem("approval"), "ratings") }.ToFrozenSet();

    /// <summary>"blew himself up": the verb of an explosion, with its particle a few words on.</summary>
    private static readonly FrozenSet<string> Blow = FrozenSet.ToFrozenSet(["blow", "blew", "blown", "blowing", "blows"], StringComparer.Ordinal);

    private const int ParticleReach = 3;

    /// <summary>"the bomb went off": the verb of an explosion when a device goes off, with its particle right after it.</summary>
    private static readonly FrozenSet<string> Go = FrozenSet.ToFrozenSet(["go", "goes", "went", "gone", "going"], StringComparer.Ordinal);

    private const int DeviceReach = 4;

    private static readonly FrozenSet<string> Devices = FrozenSet.ToFrozenSet(["device", "devices", "charge", "charges"], StringComparer.Ordinal);

    /// <summary>A device or weapon named a few words before a verb, in its clause: "a roadside bomb (had) went off".</summary>
    private static bool DeviceBefore(IReadOnlyList<WordToken> tokens, int index, int first)
    {
        for (var i = index - 1; i >= Math.Max(first, index - DeviceReach); i--)
        {
            if (NamesParticipant(tokens[i].Lower) || Devices.Contains(tokens[i].Lower))
                return true;
            if (!tokens[i].IsWord)
                return false;
        }
        return false;
    }

    /// <summary>Where the words naming the event at <paramref name="index"/> end: after "off" in "went off", else at the word itself.</summary>
    public static int TriggerEnd(IReadOnlyList<WordToken> tokens, int index, int last) =>
        Go.Contains(tokens[index].Lower) && index < last && tokens[index + 1].Lower == "off" ? tokens[index + 1].End : tokens[index].End;

    private static readonly FrozenSet<string> Drove = FrozenSet.ToFrozenSet(["drove", "driven"], StringComparer.Ordinal);

    /// <summary>A prison term, not a detention: "five years in jail".</summary>
    private static readonly FrozenSet<string> Terms = FrozenSet.ToFrozenSet(["years", "months", "weeks", "life", "term", "terms"], StringComparer.Ordinal);

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

    /// <summary>
    /// The event the word at <paramref name="index"/> names, read with its neighbours in the sentence from
    /// <paramref name="first"/> to <paramref name="last"/>: "blew (himself) up" is an explosion, "called for" an appeal,
    /// "sign up" and "five years in jail" name none.
    /// </summary>
    public static EventType? At(IReadOnlyList<WordToken> tokens, int index, int first, int last)
    {
        var lower = tokens[index].Lower;
        var stem = Stem(lower);
        if (!Blow.Contains(lower) && !Go.Contains(lower) && !MayName.Contains(stem))
            return null;
        var previous = index > first ? tokens[index - 1].Lower : "";
        var next = index < last ? tokens[index + 1].Lower : "";
        if (NotAfter.Contains((previous, lower)) || next.Length > 0 && NotBefore.Contains((stem, next)))
            return null;
        if (Blow.Contains(lower))
            return ParticleAfter(tokens, index, last, "up") ? EventTypes.Bombing : null;
        if (Go.Contains(lower))
            return next == "off" && DeviceBefore(tokens, index, first) ? EventTypes.Bombing : null;
        // "called for a ceasefire" asks; "calls for comment" do not.
        if (next == "for" && stem == CallStem)
            return index + 2 <= last && tokens[index + 2].Lower != "comment" ? EventTypes.Appeal : null;
        // "drove the van to Kell" is a move; "drove 1,200 people from their homes" and "a recruitment drive" are not.
        if (Drove.Contains(lower))
            return ParticleAfter(tokens, index, last, "to") ? EventTypes.Visit : null;
        if (lower == "jail" && previous == "in" && index - 2 >= first && Terms.Contains(tokens[index - 2].Lower))
            return null;
        // "asked the police to ...", "asking for help": a request; "“Who was it?” Vale asked": a question put to someone; "asked about" neither.
        if (stem == AskStem)
            return Asks(tokens, index, last) ? EventTypes.Appeal : AfterQuestion(tokens, index) ? EventTypes.Meet : null;
        // "prosecutors called Ada Vale, the owner": a call to someone named.
        if (stem == CallStem && CallsSomeone(tokens, index, last))
            return EventTypes.Meet;
        // "refused to comment" says nothing was said.
        if (next == "to" && index + 2 <= last && tokens[index + 2].Lower == "comment")
            return null;
        // "they'd fire me": a dismissal from a post, not a shot.
        if (stem == FireStem && next is "me" or "him" or "her" or "us" or "you")
            return EventTypes.Resign;
        // "hit Kell with sanctions": a penalty, not a blow.
        if (lower is "hit" or "hits" or "hitting" && Penalised(tokens, index, last))
            return null;
        // "is set to host matches": hosting is a meeting only of those who meet.
        if (stem == HostStem)
            return HostsMeeting(tokens, index, last) ? EventTypes.Meet : null;
        // "In an interview, she said": the channel of a statement, not a meeting of its own.
        if (lower == "interview" && previous is "an" && index - 2 >= first && tokens[index - 2].Lower == "in")
            return null;
        // "his jail cell", "a transport plane", "a new protest movement": a bare noun before the noun it qualifies names a kind of thing, not an event.
        if (QualifiesNextNoun(tokens, index, last, previous))
            return null;
        // "a 48-hour strike": a stoppage of work for a time is a protest.
        if (lower is "strike" or "strikes" && (previous.EndsWith("-hour", StringComparison.Ordinal) || previous.EndsWith("-day", StringComparison.Ordinal)))
            return EventTypes.Protest;
        return Find(previous, lower, stem);
    }

    /// <summary>
    /// Lower-case words that can follow a noun without being a noun it qualifies: function words, adverbs of time, and
    /// the irregular past forms that tell what an event did ("the blast tore through", "the attack left six dead").
    /// </summary>
    private static readonly FrozenSet<string> NotQualified = FrozenSet.ToFrozenSet(
    [
        "the", "and", "nor", "for", "but", "yet", "with", "from", "into", "onto", "over", "after", "before", "during", "since", "than", "that",
        "which", "who", "whom", "whose", "where", "when", "while", "what", "via", "against", "between", "among", "upon", "across", "through",
        "throughout", "under", "off", "out", "back", "down", "away", "around", "about", "outside", "inside", "without", "within", "until", "till",
        "will", "would", "could", "should", "can", "may", "might", "must", "shall", "not", "had", "have", "are", "were", "been", "did", "does",
        "you", "she", "they", "them", "him", "her", "his", "its", "our", "their", "there", "here", "this", "these", "those", "all", "any", "some",
        "both", "each", "every", "other", "another", "more", "most", "such", "same", "own", "very", "too", "also", "even", "still", "just", "only",
        "again", "ago", "last", "next", "now", "then", "today", "tonight", "yesterday", "tomorrow", "late", "early", "soon", "one", "two", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten",
        "came", "went", "took", "left", "tore", "broke", "began", "hit", "led", "made", "gave", "got", "saw", "shook", "struck", "sent", "set", "put",
        "drew", "fell", "rose", "grew", "ran", "spread", "cut", "meant", "became", "brought", "caught", "kept", "held", "found", "told", "said",
        "say", "see", "get", "take", "make", "come", "continue", "begin", "occur", "happen", "leave",
    ], StringComparer.Ordinal);

    /// <summary>
    /// "his jail cell", "a transport plane": a singular lower-case noun (not "-ing", "-ed" or "-s", not after "to") right
    /// before a lower-case word that can only be a noun it qualifies (not a verb form in -ed, -s or -ing, not an adverb,
    /// not a function word), unless the two name one event ("air strike").
    /// </summary>
    private static bool QualifiesNextNoun(IReadOnlyList<WordToken> tokens, int index, int last, string previous)
    {
        var word = tokens[index];
        if (index >= last || word.Capitalised || previous == "to" || word.Lower.EndsWith('s') || word.Lower.EndsWith("ing", StringComparison.Ordinal) || word.Lower.EndsWith("ed", StringComparison.Ordinal))
            return false;
        var next = tokens[index + 1];
        var lower = next.Lower;
        return !next.Capitalised && next.Start > word.End && lower.Length > 2 && lower.All(char.IsLetter) && !NotQualified.Contains(lower)
            && !lower.EndsWith('s') && !lower.EndsWith("ed", StringComparison.Ordinal) && !lower.EndsWith("ly", StringComparison.Ordinal) && !lower.EndsWith("ing", StringComparison.Ordinal)
            && !StartsPair(word.Lower, lower);
    }

    private static readonly string CallStem = Stem("call");
    private static readonly string AskStem = Stem("ask");
    private static readonly string FireStem = Stem("fire");
    private static readonly string HostStem = Stem("host");

    /// <summary>The stems that can name an event in some context: most words of a sentence are none of these, and are done with in one lookup.</summary>
    private static readonly FrozenSet<string> MayName = FrozenSet.ToFrozenSet(
        [.. Words.Keys, .. Pairs.Keys.Select(pair => pair.Item2), .. Drove.Select(Stem), CallStem, AskStem, HostStem, Stem("strike")], StringComparer.Ordinal);

    private static readonly FrozenSet<string> PairStarts = FrozenSet.ToFrozenSet(Pairs.Keys.Select(pair => pair.Item1), StringComparer.Ordinal);

    private const int PenaltyReach = 6;

    private static readonly FrozenSet<string> Penalties = FrozenSet.ToFrozenSet(["sanctions", "tariffs", "fines", "penalties", "duties", "restrictions"], StringComparer.Ordinal);

    private static bool Penalised(IReadOnlyList<WordToken> tokens, int index, int last)
    {
        for (var i = index + 1; i < Math.Min(last, index + PenaltyReach); i++)
        {
            if (tokens[i].Lower == "with")
                return Penalties.Contains(tokens[i + 1].Lower) || i + 2 <= last && Penalties.Contains(tokens[i + 2].Lower);
            if (!tokens[i].IsWord)
                return false;
        }
        return false;
    }

    private static readonly FrozenSet<string> Guests = FrozenSet.ToFrozenSet(
        ["leaders", "leader", "delegation", "delegations", "officials", "counterpart", "counterparts", "president", "minister", "ministers", "envoy", "envoys", "representatives"],
        StringComparer.Ordinal);

    /// <summary>"hosted talks", "hosted Hamas leaders", "hosted the Egyptian president": who or what follows is a meeting or its guests.</summary>
    private static bool HostsMeeting(IReadOnlyList<WordToken> tokens, int index, int last)
    {
        var next = index + 1;
        while (next <= last && tokens[next].Lower is "a" or "an" or "the" or "his" or "her" or "its" or "their")
            next++;
        if (next > last)
            return false;
        var token = tokens[next];
        return token.Capitalised || Guests.Contains(token.Lower) || Find("", token.Lower) == EventTypes.Meet;
    }

    private const int QuestionReach = 4;

    /// <summary>"“Is there any doubt?” asked the prosecutor", "“Who?” Vale asked": a quoted question closes a few words before, which may end the sentence before.</summary>
    private static bool AfterQuestion(IReadOnlyList<WordToken> tokens, int index)
    {
        for (var i = index - 1; i > 0 && index - i <= QuestionReach; i--)
        {
            if (tokens[i].Lower is "”" or "\"" && tokens[i - 1].Lower == "?")
                return true;
        }
        return false;
    }

    /// <summary>
    /// "called Ada Vale, the owner", "called Vale's to ask": a name right after the verb, ending the clause or followed by
    /// "to"; not "called Vale a liar", which names what Vale is.
    /// </summary>
    private static bool CallsSomeone(IReadOnlyList<WordToken> tokens, int index, int last)
    {
        var i = index + 1;
        if (i > last || !tokens[i].Capitalised || !tokens[index].Lower.EndsWith("ed", StringComparison.Ordinal))
            return false;
        while (i + 1 <= last && (tokens[i + 1].Capitalised || tokens[i + 1].Lower is "'s" or "’s" or "'" or "’"))
            i++;
        return i == last || tokens[i + 1].Lower is "," or "." or "to" or "and";
    }

    /// <summary>"asked for", or "asked (someone) to" a few words on, with no break between.</summary>
    private static bool Asks(IReadOnlyList<WordToken> tokens, int index, int last)
    {
        if (index < last && tokens[index + 1].Lower == "for")
            return true;
        return ParticleAfter(tokens, index, last, "to");
    }

    private static bool ParticleAfter(IReadOnlyList<WordToken> tokens, int index, int last, string particle)
    {
        for (var i = index + 1; i <= Math.Min(last, index + ParticleReach); i++)
        {
            if (tokens[i].Lower == particle)
                return true;
            if (!tokens[i].IsWord)
                return false;
        }
        return false;
    }

    /// <summary>The event a lower-case word names, read with the word before it; null when it names none.</summary>
    public static EventType? Find(string previousLower, string lower) => Find(previousLower, lower, Stem(lower));

    private static EventType? Find(string previousLower, string lower, string stem)
    {
        if (NotEvents.Contains(lower))
            return null;
        if (previousLower.Length > 0 && Pairs.TryGetValue((Stem(previousLower), stem), out var pair))
            return pair;
        return Words.GetValueOrDefault(stem);
    }

    /// <summary>True when this word and the next one name one event: "air" before "strike".</summary>
    public static bool StartsPair(string lower, string nextLower) => Stem(lower) is var stem && PairStarts.Contains(stem) && Pairs.ContainsKey((stem, Stem(nextLower)));

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
