namespace Triangulate.Evaluation;

/// <summary>
/// Trafilatura's comparison metric: each "with" snippet found in the text is a true positive (else a false negative),
/// each "without" snippet found is a false positive (else a true negative), summed over all pages.
/// </summary>
public sealed class SnippetScore
{
    public int TruePositives { get; private set; }
    public int FalseNegatives { get; private set; }
    public int FalsePositives { get; private set; }
    public int TrueNegatives { get; private set; }

    /// <summary>Scores one page's extracted text against its snippets (plain, case-sensitive substring tests).</summary>
    public void Add(string text, IEnumerable<string> with, IEnumerable<string> without)
    {
        foreach (var snippet in with)
        {
            if (text.Contains(snippet, StringComparison.Ordinal))
            {
                TruePositives++;
            }
            else
            {
                FalseNegatives++;
            }
        }
        foreach (var snippet in without)
        {
            if (text.Contains(snippet, StringComparison.Ordinal))
            {
                FalsePositives++;
            }
            else
            {
                TrueNegatives++;
            }
        }
    }

    public IReadOnlyDictionary<string, double> Metrics()
    {
        var precision = Ratio(TruePositives, TruePositives + FalsePositives);
        var recall = Ratio(TruePositives, TruePositives + FalseNegatives);
        var all = TruePositives + FalsePositives + TrueNegatives + FalseNegatives;
        return new Dictionary<string, double>
        {
            ["precision"] = precision,
            ["recall"] = recall,
            ["accuracy"] = Ratio(TruePositives + TrueNegatives, all),
            ["f1"] = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall),
        };
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
