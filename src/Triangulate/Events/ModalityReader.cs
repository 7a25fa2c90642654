using Triangulate.Facts;

namespace Triangulate.Events;

/// <summary>
/// Reads an event's modality from the words just before its trigger, within its clause: "will meet" is planned,
/// "denied attacking" denied, "a possible ground assault" hypothetical.
/// </summary>
public static class ModalityReader
{
    private const int Window = 4;

    /// <summary>"called for the governor to resign", "urged the clerks to strike": a request reaches further back than the other cues, past whom it asks.</summary>
    private const int RequestWindow = 6;

    private static readonly HashSet<string> Planned = ["will", "would", "plan", "plans", "planned", "planning", "intends", "intend", "expected", "set", "going", "scheduled", "upcoming", "vowed", "pledged", "promised", "threatened"];
    private static readonly HashSet<string> Denied = ["not", "n't", "never", "no", "denied", "denies", "deny", "without"];
    private static readonly HashSet<string> Hypothetical = ["could", "may", "might", "possible", "potential", "if", "unless", "whether", "feared", "fears", "risk", "likely", "should"];
    private static readonly HashSet<string> Requests = ["urged", "urges", "urge", "urging", "demanded", "demands", "demanding", "asked", "asks", "asking"];
    private static readonly HashSet<string> ClauseBreaks = [",", ";", ":", ".", "and", "but", "which", "who", "that", "while", "as", "where", "when", "how", "what", "(", ")", "\"", "“", "”"];

    public static Modality Read(IReadOnlyList<WordToken> tokens, int trigger)
    {
        // The nearest cue wins: "denied that it would attack" is planned within a denial, and the denial is what was said.
        var result = Modality.Happened;
        for (var i = trigger - 1; i >= 0 && trigger - i <= RequestWindow; i--)
        {
            var word = tokens[i].Lower;
            if (ClauseBreaks.Contains(word))
                break;
            if (Requests.Contains(word) && tokens[trigger - 1].Lower == "to" || word is "called" or "calls" or "calling" && tokens[i + 1].Lower == "for")
                return result == Modality.Happened ? Modality.Planned : result;
            if (trigger - i > Window)
                continue;
            if (Denied.Contains(word))
                return Modality.Denied;
            if (Hypothetical.Contains(word))
                return Modality.Hypothetical;
            if (Planned.Contains(word))
                result = Modality.Planned;
        }
        return result;
    }
}
