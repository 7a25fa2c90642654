using System.Collections.Frozen;
using Triangulate.Text;

namespace Triangulate.Events;

/// <summary>
/// Groups of words and phrases that tell ACLED's event types apart, written from its codebook's definitions (who acts,
/// with what weapon, against whom): a protest met with tear gas is force against protesters, a town taken back by the
/// army is territory regained. The <see cref="EventTypeClassifier"/> reads each group present, and each pair of groups
/// present, as a feature, so it can learn that "protest" with "tear gas" differs from "protest" alone.
/// </summary>
public static class EventTypeCues
{
    private static readonly Dictionary<string, string[]> Groups = new()
    {
        ["protest"] = ["protest", "protester", "protestor", "demonstration", "demonstrator", "rally", "march", "sit-in", "picket", "strike", "striker", "boycott", "gather"],
        ["riot"] = ["riot", "rioter", "violent", "stone", "rock", "throw", "hurl", "vandalise", "vandalize", "torch", "firecracker", "petrol bomb", "molotov", "turned violent", "violence", "turn violent", "block", "blockade", "barricade", "burning tyre", "burning tire", "set ablaze", "clash with police", "ransack", "storm"],
        ["crowd control"] = ["tear gas", "teargas", "rubber bullet", "water cannon", "disperse", "crackdown", "suppress", "baton", "live round", "pellet", "stun grenade", "break up", "clear"],
        ["detain"] = ["arrest", "detain", "detention", "custody", "round up", "apprehend", "nab", "held"],
        ["police"] = ["police", "policeman", "officer", "security force", "riot police", "authority", "gendarme"],
        ["mob"] = ["mob", "vigilante", "lynch", "angry", "villager", "resident", "supporter", "rival", "communal", "clan", "tribe", "tribesman", "cow"],
        ["armed group"] = ["fighter", "militant", "rebel", "insurgent", "jihadist", "militia", "islamic state", "isis", "isil", "daesh", "taliban", "al-shabaab", "al-shabab", "shabab", "boko haram", "houthi", "terrorist", "extremist"],
        ["state forces"] = ["army", "troop", "soldier", "military", "government force", "armed force", "national army", "regime", "coalition"],
        ["battle"] = ["clash", "fighting", "fight", "battle", "firefight", "gunfight", "exchange of fire", "exchange fire", "engage", "heavy fighting", "offensive", "combat", "repel", "push back"],
        ["gun attack"] = ["gunman", "gunmen", "shot", "shoot", "shooting", "open fire", "opened fire", "gun", "gunfire", "ambush", "massacre", "stab", "knife", "machete", "drive-by"],
        ["civilians"] = ["civilian", "passenger", "student", "worshipper", "villager", "farmer", "tourist", "child", "women", "pedestrian", "shopper", "teacher"],
        ["air"] = ["airstrike", "air strike", "air raid", "warplane", "jet", "aircraft", "drone", "helicopter", "bomber", "sortie", "air force", "fighter jet", "unmanned"],
        ["artillery"] = ["shell", "shelling", "artillery", "mortar", "rocket", "missile", "tank", "howitzer", "projectile", "launcher", "katyusha"],
        ["explosive"] = ["bomb", "ied", "improvised", "explosive", "blast", "explosion", "landmine", "mine", "detonate", "car bomb", "vbied", "roadside", "device", "explode"],
        ["suicide"] = ["suicide", "self-detonate", "suicide bomber", "explosive vest", "suicide vest", "suicide attack", "blew himself", "blew herself"],
        ["grenade"] = ["grenade", "hand grenade", "lob", "hurled a grenade"],
        ["chemical"] = ["chemical", "chlorine", "sarin", "toxic", "nerve agent", "mustard", "poison gas", "gas attack", "suffocation", "napalm", "phosphorus"],
        ["take"] = ["seize", "capture", "take control", "took control", "overrun", "take over", "took over", "fall", "fell", "advance", "storm", "control"],
        ["retake"] = ["recapture", "retake", "retook", "regain", "liberate", "liberation", "recover", "reclaim", "win back", "take back", "restore control", "clear"],
        ["withdraw"] = ["withdraw", "withdrew", "withdrawal", "pull out", "pulled out", "retreat", "evacuation deal", "hand over", "handover", "without resistance", "vacate", "abandon", "surrender", "leave", "left", "deserted"],
        ["base"] = ["set up", "establish", "base", "post", "outpost", "headquarters", "observation point", "observation post", "checkpoint", "camp", "station"],
        ["regroup"] = ["deploy", "deployment", "dispatch", "reinforce", "reinforcement", "defect", "defection", "form", "merge", "split", "join", "mobilise", "mobilize", "recruit", "disband", "train", "dissolve", "send", "sent", "station"],
        ["weapons found"] = ["defuse", "dismantle", "cache", "weapon", "ammunition", "arms", "recover", "found", "discover", "suspicious", "bomb squad", "disposal", "intercept", "seizure", "stockpile", "foil", "thwart"],
        ["crime"] = ["smuggle", "smuggling", "smuggler", "traffick", "trafficking", "drug", "narcotic", "robbery", "rob", "theft", "steal", "stolen", "fraud", "counterfeit", "gang", "cartel", "criminal", "heroin", "cocaine", "contraband", "racket", "pornography", "migrant", "illegal"],
        ["abduct"] = ["abduct", "abduction", "kidnap", "kidnapping", "disappear", "disappearance", "hostage", "missing", "ransom", "whereabouts"],
        ["sexual"] = ["rape", "raped", "sexual", "molest", "gang-rape", "sexually", "assault"],
        ["property"] = ["destroy", "burn", "burnt", "torch", "arson", "vandal", "demolish", "damage", "loot", "set ablaze", "set on fire", "set fire", "raze", "bulldoze"],
        ["natural"] = ["flood", "flooding", "earthquake", "quake", "cyclone", "storm", "landslide", "hurricane", "typhoon", "drought", "tsunami", "rain", "tremor", "volcano", "eruption", "heatwave", "wildfire", "avalanche", "covid", "virus", "pandemic", "epidemic", "outbreak", "infection", "disease", "locust"],
        ["accident"] = ["fire broke out", "blaze", "accident", "collapse", "crash", "derail", "leak", "factory", "spill", "capsize", "sink", "stampede", "short circuit", "boiler", "gas cylinder", "building", "mine", "fire"],
        ["agreement"] = ["agree", "agreement", "deal", "sign", "accord", "ceasefire", "truce", "treaty", "peace", "pact", "memorandum", "reconciliation", "settlement", "exchange"],
        ["diplomacy"] = ["talks", "meet", "meeting", "visit", "summit", "minister", "diplomat", "ambassador", "negotiate", "negotiation", "discuss", "foreign", "bilateral", "delegation", "envoy", "president", "cooperation", "relations"],
        ["blame"] = ["claim responsibility", "claimed responsibility", "responsibility", "blame", "accuse", "deny", "denied", "responsible", "behind", "attribute", "allege", "suspect", "expert", "report", "violation"],
        ["casualties"] = ["kill", "killed", "dead", "death", "die", "injure", "wound", "casualty", "body", "bodies", "fatality"],
    };

    private static readonly FrozenDictionary<string, string[]> Words = Index(length: 1);
    private static readonly FrozenDictionary<string, string[]> Bigrams = Index(length: 2);
    private static readonly FrozenDictionary<string, string[]> Trigrams = Index(length: 3);

    public static IReadOnlyCollection<string> Names => Groups.Keys;

    /// <summary>The groups a sequence of word stems names, each once, in a stable order.</summary>
    public static IReadOnlyList<string> Of(IReadOnlyList<string> stems) => Of(Occurrences(stems));

    /// <summary>The groups of some <see cref="Occurrences"/>, each once, in a stable order.</summary>
    public static IReadOnlyList<string> Of(IReadOnlyList<(string Group, int Start)> occurrences) =>
        [.. occurrences.Select(o => o.Group).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Every group a sequence of word stems names, with the index of the stem its phrase starts at, in text order.</summary>
    public static IReadOnlyList<(string Group, int Start)> Occurrences(IReadOnlyList<string> stems)
    {
        var found = new List<(string Group, int Start)>();
        for (var i = 0; i < stems.Count; i++)
        {
            Add(found, Words, stems[i], i);
            if (i + 1 < stems.Count)
                Add(found, Bigrams, stems[i] + " " + stems[i + 1], i);
            if (i + 2 < stems.Count)
                Add(found, Trigrams, stems[i] + " " + stems[i + 1] + " " + stems[i + 2], i);
        }
        return found;
    }

    private static void Add(List<(string Group, int Start)> found, FrozenDictionary<string, string[]> index, string key, int start)
    {
        if (!index.TryGetValue(key, out var groups))
            return;
        foreach (var group in groups)
            found.Add((group, start));
    }

    private static FrozenDictionary<string, string[]> Index(int length)
    {
        var index = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (group, phrases) in Groups)
        {
            foreach (var phrase in phrases)
            {
                var words = phrase.Split(' ');
                if (words.Length != length)
                    continue;
                var key = string.Join(' ', words.Select(StemCache.Stem));
                if (!index.TryGetValue(key, out var list))
                    index[key] = list = [];
                if (!list.Contains(group))
                    list.Add(group);
            }
        }
        return index.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
