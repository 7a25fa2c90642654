using Triangulate.Facts;

namespace Triangulate.Events;

/// <summary>
/// Reads an event's modality from the words just before its trigger, within its clause: "will meet" is planned,
/// "denied attacking" denied, "a possible ground assault" hypothetical.
/// </summary>
public static class ModalityReader
{
    private const int Window = 4;

    private static readonly HashSet<string> Planned = ["will", "would", "plan", "plans", "planned", "planning", "intends", "intend", "expected", "set", "going", "scheduled", "upcoming", "vowed", "pledged", "promised", "threatened"];
    private static readonly HashSet<string> Denied = ["not", "n't", "never", "no", "denied", "denies", "deny", "without"];
    private static readonly HashSet<string> Hypothetical = ["could", "may", "might", "possible", "potential", "if", "unless", "whether", "feared", "fears", "risk", "likely", "should"];
    private static readonly HashSet<string> ClauseBreaks = [",", ";", ":", ".", "and", "but", "which", "who", "that", "while", "as", "where", "when", "how", "what", "(", ")", "\"", "“", "”"];

    public static Modality Read(IReadOnlyList<WordToken> tokens, int trigger)
    {
        // The nearest cue wins: "denied that it would attack" is planned within a denial, and the denial is what was said.
        var result = Modality.Happened;
        for (var i = trigger - 1; i >= 0 && trigger - i <= Window; i--)
        {
            var word = tokens[i].Lower;
            if (ClauseBreaks.Contains(word))
                break;
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
