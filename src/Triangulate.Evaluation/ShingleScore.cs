using System.Text.RegularExpressions;

namespace Triangulate.Evaluation;

/// <summary>
/// The article-extraction-benchmark body metric: word 4-gram multisets of expected and extracted text; per page
/// the shared, extra and missing shingles as fractions of their total, summed over pages into precision, recall
/// and F1; the mean of the per-page F1 is reported too.
/// </summary>
public sealed partial class ShingleScore
{
    private const int ShingleLength = 4;
    private double truePositives;
    private double falsePositives;
    private double falseNegatives;
    private double f1Sum;
    private int pages;

    public void Add(string expected, string extracted)
    {
        var expectedShingles = Shingles(expected);
        var extractedShingles = Shingles(extracted);
        double shared = 0, extra = 0, missing = 0;
        foreach (var (shingle, count) in expectedShingles)
        {
            var found = extractedShingles.GetValueOrDefault(shingle);
            shared += Math.Min(count, found);
            missing += Math.Max(0, count - found);
        }
        foreach (var (shingle, count) in extractedShingles)
        {
            extra += Math.Max(0, count - expectedShingles.GetValueOrDefault(shingle));
        }
        var total = shared + extra + missing;
        if (total > 0)
        {
            truePositives += shared / total;
            falsePositives += extra / total;
            falseNegatives += missing / total;
        }
        var precision = shared + extra == 0 ? 0 : shared / (shared + extra);
        var recall = shared + missing == 0 ? 0 : shared / (shared + missing);
        f1Sum += precision + recall == 0 ? (total == 0 ? 1 : 0) : 2 * precision * recall / (precision + recall);
        pages++;
    }

    public IReadOnlyDictionary<string, double> Metrics()
    {
        var precision = truePositives + falsePositives == 0 ? 0 : truePositives / (truePositives + falsePositives);
        var recall = truePositives + falseNegatives == 0 ? 0 : truePositives / (truePositives + falseNegatives);
        return new Dictionary<string, double>
        {
            ["body_precision"] = precision,
            ["body_recall"] = recall,
            ["body_f1"] = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall),
            ["body_f1_page_mean"] = pages == 0 ? 0 : f1Sum / pages,
        };
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Word().Matches(text).Select(match => match.Value).ToList();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var start = 0; start < Math.Max(1, tokens.Count - ShingleLength + 1); start++)
        {
            var shingle = string.Join(' ', tokens.GetRange(start, Math.Min(ShingleLength, tokens.Count - start)));
            if (shingle.Length > 0)
            {
                shingles[shingle] = shingles.GetValueOrDefault(shingle) + 1;
            }
        }
        return shingles;
    }

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
