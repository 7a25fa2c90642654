using System.Text.RegularExpressions;

namespace Triangulate.Evaluation.Synthetic;

/// <summary>
/// Word-level rewording for synthetic paraphrases: a small table of interchangeable news words, applied to a share of
/// the words of a sentence. Crude next to a human paraphrase, but it changes the words a copy detector keys on.
/// </summary>
internal static partial class Rewording
{
    private static readonly Dictionary<string, string> Alternatives = new(StringComparer.Ordinal)
    {
        ["said"] = "stated", ["says"] = "states", ["told"] = "informed", ["people"] = "individuals", ["company"] = "firm",
        ["firm"] = "company", ["government"] = "administration", ["increase"] = "rise", ["rise"] = "increase",
        ["rose"] = "climbed", ["fell"] = "dropped", ["dropped"] = "fell", ["big"] = "large", ["large"] = "big",
        ["major"] = "leading", ["new"] = "fresh", ["plans"] = "proposals", ["plan"] = "proposal", ["expected"] = "likely",
        ["announced"] = "unveiled", ["added"] = "continued", ["market"] = "sector", ["profits"] = "earnings",
        ["profit"] = "earnings", ["shares"] = "stock", ["bought"] = "acquired", ["buy"] = "acquire", ["sold"] = "offloaded",
        ["sell"] = "offload", ["help"] = "assist", ["helped"] = "assisted", ["show"] = "reveal", ["shows"] = "reveals",
        ["showed"] = "revealed", ["start"] = "begin", ["started"] = "began", ["end"] = "finish", ["ended"] = "finished",
        ["think"] = "believe", ["believe"] = "think", ["important"] = "significant", ["main"] = "principal",
        ["chief"] = "head", ["officials"] = "authorities", ["country"] = "nation", ["nation"] = "country",
        ["year"] = "twelve months", ["recent"] = "latest", ["latest"] = "most recent", ["strong"] = "robust",
        ["weak"] = "soft", ["however"] = "but", ["also"] = "additionally", ["about"] = "around", ["around"] = "about",
        ["warned"] = "cautioned", ["claimed"] = "asserted", ["agreed"] = "consented", ["decided"] = "resolved",
        ["problem"] = "difficulty", ["problems"] = "difficulties", ["move"] = "step", ["deal"] = "agreement",
        ["talks"] = "negotiations", ["cut"] = "reduce", ["cuts"] = "reductions", ["number"] = "total", ["figures"] = "data",
    };

    /// <summary>The sentence with about <paramref name="share"/> of its replaceable words replaced, deterministically for a seed.</summary>
    public static string Reword(string sentence, double share, Random random) =>
        Word().Replace(sentence, match =>
        {
            var lower = match.Value.ToLowerInvariant();
            if (!Alternatives.TryGetValue(lower, out var alternative) || random.NextDouble() >= share)
                return match.Value;
            return char.IsUpper(match.Value[0]) ? char.ToUpperInvariant(alternative[0]) + alternative[1..] : alternative;
        });

    [GeneratedRegex(@"\b[A-Za-z]+\b")]
    private static partial Regex Word();
}
