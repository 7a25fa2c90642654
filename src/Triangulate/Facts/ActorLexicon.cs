namespace Triangulate.Facts;

/// <summary>The words that type a name: titles before people, organisation words inside organisations, and so on.</summary>
internal static class ActorLexicon
{
    public static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "prime", "minister", "secretary", "general", "gen", "sheikh", "mr", "mrs", "ms", "dr", "king", "queen",
        "prince", "senator", "sen", "rep", "gov", "governor", "chief", "commander", "spokesman", "spokeswoman", "leader",
        "ayatollah", "imam", "emir", "sultan", "judge", "justice", "ambassador", "envoy", "mayor", "lt", "col", "colonel",
        "major", "capt", "captain", "adm", "admiral", "pope", "chancellor", "foreign", "defence", "defense", "deputy", "vice",
        "former", "supreme", "head", "founder", "chairman", "director", "adviser", "advisor", "official",
        "rebel", "militant", "cleric", "sergeant", "sgt", "lord", "lady", "sir", "rabbi", "bishop", "cardinal", "pastor",
    };

    public static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministry", "command", "party", "council", "movement", "organization", "organisation", "agency", "committee", "authority",
        "union", "bank", "court", "university", "times", "journal", "news", "post", "tv", "radio", "press", "nations", "office",
        "department", "commission", "assembly", "parliament", "senate", "congress", "house", "government", "administration",
        "company", "corporation", "group", "institute", "foundation", "association", "federation", "league", "network",
        "service", "services", "police", "cabinet", "bureau", "centre", "center", "fund", "alliance", "coalition", "tribunal",
        "channel", "herald", "tribune", "telegraph", "guardian", "reuters", "board", "club", "school", "hospital", "church",
    };

    public static readonly HashSet<string> ArmedGroupWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "front", "corps", "force", "forces", "army", "brigade", "brigades", "guards", "guard", "militia", "militias", "jihad",
        "resistance", "battalion", "battalions", "regiment", "division", "navy", "rebels", "fighters", "mujahideen",
    };

    /// <summary>Armed groups known by a bare name that carries no armed-group word: "Hamas", "the Houthis".</summary>
    public static readonly HashSet<string> KnownArmedGroups = new(StringComparer.OrdinalIgnoreCase)
    {
        "hamas", "hezbollah", "hizbullah", "hizballah", "houthis", "houthi", "huthis", "huthi", "ansar allah", "taliban", "isis", "isil",
        "daesh", "al-qaeda", "al-qaida", "al-shabaab", "al-shabab", "boko haram", "pflp", "irgc", "hts", "wagner", "al-nusra", "kataib hezbollah",
    };

    /// <summary>Names that stand for a state's government rather than for a place or a person.</summary>
    public static readonly HashSet<string> GovernmentNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "islamic republic", "kremlin", "white house", "pentagon", "elysee", "élysée", "downing street", "state department", "quai d'orsay",
    };

    /// <summary>First words of names that name an operation or a campaign, not an actor: "Operation Al-Aqsa Flood".</summary>
    public static readonly HashSet<string> OperationWords = new(StringComparer.OrdinalIgnoreCase) { "operation", "op" };

    /// <summary>Words joining the capitalised parts of one name: "Popular Front for the Liberation of Palestine".</summary>
    public static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "for", "the", "de", "del", "da", "bin", "ibn", "abu", "al", "el", "van", "von",
    };

    /// <summary>Arabic, Dutch and Spanish name particles, which may be capitalised inside a name: "Abdul Malik Al Houthi".</summary>
    public static readonly HashSet<string> NameParticles = new(StringComparer.OrdinalIgnoreCase) { "al", "el", "bin", "ibn", "abu", "de", "del", "da", "van", "von" };

    /// <summary>Capitalised words that start sentences without naming anyone.</summary>
    public static readonly HashSet<string> SentenceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "in", "on", "at", "but", "and", "or", "however", "according", "after", "before", "as", "while", "when",
        "if", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "there", "here", "his", "her",
        "their", "our", "my", "also", "meanwhile", "since", "since", "for", "from", "with", "by", "to", "of", "another", "other",
        "some", "many", "most", "all", "both", "each", "every", "no", "not", "one", "two", "three", "four", "five", "last",
        "next", "first", "senior", "top", "supporters", "leaders", "masked", "news", "evidence", "representatives", "suspicions",
        "do", "did", "is", "was", "are", "were", "what", "who", "why", "how", "where", "which", "although", "though", "despite",
        "during", "until", "unlike", "like", "whether", "yet", "so", "then", "thus", "instead", "still", "even", "only", "just",
        "read", "more", "most", "popular", "except", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "captcha", "security", "photo", "file", "updated", "published", "share", "comments", "citing", "contrary", "except",
        "rebel", "pro", "team", "latest", "breaking", "exclusive", "analysis", "opinion", "watch", "video", "listen",
    };

    /// <summary>Capitalised words that are times, not actors: months, weekdays and their abbreviations.</summary>
    public static readonly HashSet<string> CalendarWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "am", "pm", "ist", "gmt", "utc", "est", "edt", "file", "photo",
    };

    /// <summary>Hyphenated adjectives that describe an actor rather than name it: "Iran-backed", "Hamas-controlled".</summary>
    public static readonly string[] DescriptorSuffixes =
        ["-backed", "-based", "-led", "-controlled", "-linked", "-aligned", "-allied", "-funded", "-run", "-affiliated", "-held", "-born", "-owned", "-sponsored"];
}
