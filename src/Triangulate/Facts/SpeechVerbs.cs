using Triangulate.Text;

namespace Triangulate.Facts;

/// <summary>
/// The verbs (and "according to") by which a text says who says or thinks something. The cue model finds cues by
/// context; what Triangulate reports as "who says so" must also be said with one of these: "The Houthis have attacked"
/// and "Netanyahu approved" tell what someone did, not what someone said.
/// </summary>
public static class SpeechVerbs
{
    /// <summary>Stems, so every inflection counts: "say" covers says, saying; "announc" announced, announcement is not one.</summary>
    private static readonly HashSet<string> Stems =
    [
        .. new[]
        {
            "say", "said", "tell", "told", "state", "add", "announce", "confirm", "deny", "denied", "claim", "report", "according", "note",
            "explain", "warn", "accuse", "insist", "argue", "assert", "declare", "stress", "emphasise", "emphasize", "acknowledge",
            "admit", "believe", "think", "thought", "know", "knew", "expect", "estimate", "suggest", "indicate", "reveal", "disclose",
            "describe", "call", "urge", "ask", "quote", "cite", "citing", "write", "wrote", "tweet", "post", "comment", "respond",
            "reply", "replied", "recall", "predict", "promise", "vow", "pledge", "threaten", "praise", "condemn", "criticise",
            "criticize", "welcome", "reject", "dismiss", "demand", "question", "doubt", "fear", "worry", "hope", "feel", "felt",
            "discuss", "talk", "speak", "spoke", "mention", "brief", "inform", "conclude", "voice", "express", "concern", "hint",
            "allege", "maintain", "contend", "observe", "point", "signal", "recount", "testify", "assure", "advise", "caution",
            "agree", "decline", "refuse", "object", "protest", "complain", "concede", "contradict", "confess",
            "boast", "remark", "recommend", "propose", "request", "appeal", "plead", "counter", "retort", "shout", "whisper",
        }.Select(PorterStemmer.Stem),
    ];

    /// <summary>Whether a cue ("also told", "according to", "said on") holds a verb of saying or thinking.</summary>
    public static bool Introduces(string cue)
    {
        ArgumentNullException.ThrowIfNull(cue);
        foreach (var word in cue.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Stems.Contains(StemCache.Stem(word.ToLowerInvariant())))
                return true;
        }
        return false;
    }
}
