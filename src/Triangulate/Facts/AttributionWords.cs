namespace Triangulate.Facts;

/// <summary>The closed word classes attribution finding relies on: pronouns, auxiliaries, speech verbs that invert, ...</summary>
internal static class AttributionWords
{
    /// <summary>"Sanders on Tuesday said": the day between speaker and cue is skipped.</summary>
    public static readonly HashSet<string> TimeWords =
    [
        "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "morning", "afternoon", "evening", "night", "earlier", "last", "week", "month", "year", "this",
    ];

    /// <summary>
    /// Verbs the cue model meets beside speech but that report acts, not words: "approved the plan", "fired missiles".
    /// ("attacked" stays a cue: in political news a candidate attacked by a rival is mostly attacked in words.)
    /// </summary>
    public static readonly HashSet<string> NotSpeech =
    [
        "approve", "approves", "approved", "approving", "fired", "launched", "killed", "struck", "seized",
    ];

    /// <summary>Verbs of showing, which attribute only when someone does the showing: "Evidence suggests" is no one speaking.</summary>
    public static readonly HashSet<string> EvidenceVerbs = ["suggests", "suggest", "suggested", "shows", "show", "showed", "indicates", "indicate", "indicated"];

    public static readonly HashSet<string> ThingsThatShow = ["evidence", "data", "figures", "signs", "images", "footage"];

    public static readonly HashSet<string> Determiners = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "that"];

    public static readonly HashSet<string> Pronouns = ["he", "she", "they", "we", "i", "you", "it", "who", "which"];

    public static readonly HashSet<string> SpeakerNouns =
    [
        "spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources", "minister", "president",
        "campaign", "candidate", "nominee", "reporters", "analysts", "experts", "people", "police", "voters", "critics",
        "supporters", "leaders", "leader", "aides", "aide", "report", "statement", "poll", "survey", "study", "group",
        "groups", "democrats", "republicans", "administration", "government", "ministry", "company", "agency", "committee",
        "chairman", "director", "governor", "senator", "secretary", "lawmakers", "residents", "witnesses", "members",
        // Who speaks in the singular (plurals pass as plural nouns): bodies, offices and the people who hold them.
        "court", "judge", "panel", "board", "council", "foundation", "party", "department", "commission", "union", "organization",
        "organisation", "institute", "association", "office", "authority", "prosecutor", "lawyer", "attorney", "mayor", "chief",
        "newspaper", "magazine", "network", "editorial", "author", "writer", "columnist", "economist", "manager", "executive",
        "founder", "owner", "strategist", "adviser", "advisor", "representative", "congressman", "congresswoman", "speaker",
        "member", "expert", "analyst", "historian", "professor", "pollster", "reporter", "editor", "commentator", "officer", "firm",
    ];

    public static readonly HashSet<string> SourceBoundaries =
    [
        "that", "which", "who", "whom", "and", "but", "or", "because", "when", "if", "as", "while", "after", "before", "since",
        "although", "though", "where", "so", "than", "to", "is", "was", "were", "are", "has", "have", "had", "will", "would",
        "also", "not", "did", "does", "do", "in", "on", "at", "for", "with", "by", "from", "about", "said", "says", "say",
    ];

    /// <summary>Words that never end a noun phrase: "sought to portray", "lack of attention" have no speaker right before the cue.</summary>
    public static readonly HashSet<string> NonFinalWords =
    [
        "to", "of", "a", "an", "the", "his", "their", "its", "our", "my", "your", "for", "with", "without", "by", "from", "about",
        "in", "on", "at", "as", "than", "into", "over", "and", "or", "but", "because", "if", "when", "while", "after", "before",
    ];

    /// <summary>Words between a subject and its cue: "has also said", "could not have predicted", "then turned to".</summary>
    public static readonly HashSet<string> Auxiliaries =
    [
        "has", "have", "had", "also", "is", "was", "were", "are", "will", "would", "could", "should", "may", "might", "must",
        "can", "did", "does", "do", "be", "been", "being", "not", "n't", "never", "then", "again", "even", "still", "just",
        "only", "first", "once", "now", "later", "already", "often", "always", "long",
    ];

    /// <summary>Words that belong to a cue ("has also said", "talked about") but never make one alone.</summary>
    public static readonly HashSet<string> FunctionWords =
    [
        "also", "has", "have", "had", "is", "was", "were", "are", "be", "been", "being", "will", "would", "could", "should", "may",
        "might", "can", "did", "does", "do", "not", "n't", "to", "of", "about", "on", "for", "in", "with", "by", "at", "as", "out",
        "a", "an", "the", "his", "her", "their", "its", "it", "that", "and", "against", "up", "over", "into", "from", "again",
    ];

    public static readonly HashSet<string> Abbreviations = ["mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "lt", "col", "st", "jr", "sr", "prof", "sgt", "capt", "u", "s", "d", "r", "n", "c", "no", "vs", "inc", "co", "corp", "ltd"];

    public static readonly HashSet<string> LeadingConjunctions = ["but", "and", "so", "yet", "still", "however", "meanwhile", "instead", "now", "then", "moreover", "furthermore", "indeed"];

    /// <summary>Words that open a clause before the subject: "In a memo on Tuesday, the chairman ...".</summary>
    public static readonly HashSet<string> OpeningWords =
    [
        "in", "on", "at", "after", "before", "during", "while", "when", "as", "since", "with", "without", "for", "from", "by",
        "under", "despite", "although", "though", "if", "because", "unlike", "like", "among", "asked", "speaking", "last",
        "earlier", "later", "this", "that", "there", "here", "even", "also", "once", "instead", "to", "of",
    ];

    /// <summary>Cues that put the speaker after them (", said the mayor."); "praised" or "said of" never do.</summary>
    public static readonly HashSet<string> InvertingCues =
    [
        "said", "says", "say", "added", "adds", "wrote", "writes", "asked", "asks", "explained", "explains", "noted", "notes",
        "continued", "recalled", "argued", "insisted", "declared", "warned", "replied", "concluded", "acknowledged", "admitted",
        "conceded", "cautioned", "stressed", "suggested", "observed", "remarked", "predicted", "quipped", "joked", "countered",
        "responded", "according", "claimed", "claims", "reported", "reports", "announced", "tweeted", "posted",
    ];

    /// <summary>Line labels that a colon follows without anyone speaking: "Q:", "ABSTRACT:", "Update:".</summary>
    public static readonly HashSet<string> ColonLabels =
    [
        "q", "a", "abstract", "update", "updated", "note", "related", "photo", "video", "correction", "editor", "editor's",
        "editor’s", "read", "watch", "listen", "subscribe", "full", "source", "sources", "credit", "by", "contact", "email",
        "twitter", "follow", "see", "more", "also", "why", "what", "how", "who", "when", "where", "the", "here", "this",
    ];

    public static readonly HashSet<string> SubjectStarts =
    [
        "he", "she", "they", "it", "we", "i", "the", "a", "an", "his", "her", "their", "its", "our", "my", "officials", "sources",
        "several", "many", "some", "most", "both", "one", "two", "three", "another", "other", "these", "those",
    ];

    public static readonly HashSet<string> AnonymousMarkers = ["source", "sources", "official", "officials", "anonymity", "unnamed", "aide", "aides", "insider", "insiders", "diplomat", "diplomats"];

    /// <summary>A word that can carry a cue: not a function word, and not an adverb ("quickly", "since", "once").</summary>
    public static bool IsHead(WordToken token) =>
        !FunctionWords.Contains(token.Lower) && !Auxiliaries.Contains(token.Lower) && !IsAdverb(token) && token.Lower is not ("since" or "once");

    /// <summary>"researchers", "voters": people speak in groups more often than things do.</summary>
    public static bool IsPluralNoun(WordToken token) =>
        token.Lower.Length > 4 && token.Lower.EndsWith('s') && !token.Lower.EndsWith("ss", StringComparison.Ordinal) && !token.Lower.EndsWith("ous", StringComparison.Ordinal)
        && !Auxiliaries.Contains(token.Lower) && !SourceBoundaries.Contains(token.Lower);

    public static bool IsAuxiliary(WordToken token) =>
        Auxiliaries.Contains(token.Lower) || token.Lower.EndsWith("n't", StringComparison.Ordinal) || token.Lower.EndsWith("n’t", StringComparison.Ordinal);

    /// <summary>"publicly", "repeatedly", "finally": a lower-case word in -ly between subject and cue.</summary>
    public static bool IsAdverb(WordToken token) => !token.Capitalised && token.Lower.Length > 4 && token.Lower.EndsWith("ly", StringComparison.Ordinal) && token.Lower is not ("family" or "rally" or "ally" or "italy");
}
