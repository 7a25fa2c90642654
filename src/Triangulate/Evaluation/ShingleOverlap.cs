namespace Triangulate.Evaluation;

/// <summary>The article-extraction-benchmark metric: precision, recall and F1 of word 4-gram multisets.</summary>
public static class ShingleOverlap
{
    private const int Size = 4;

    public static (double Precision, double Recall, double F1) Score(string predicted, string expected)
    {
        var predictedShingles = Shingles(predicted);
        var expectedShingles = Shingles(expected);
        if (predictedShingles.Count == 0 && expectedShingles.Count == 0)
            return (1, 1, 1);
        var common = 0;
        foreach (var (shingle, count) in predictedShingles)
            common += Math.Min(count, expectedShingles.GetValueOrDefault(shingle));
        var precision = predictedShingles.Count == 0 ? 0 : (double)common / predictedShingles.Values.Sum();
        var recall = expectedShingles.Count == 0 ? 0 : (double)common / expectedShingles.Values.Sum();
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (words.Length < Size)
        {
            if (words.Length > 0)
                shingles[string.Join(' ', words)] = 1;
            return shingles;
        }
        for (var i = 0; i + Size <= words.Length; i++)
        {
            var shingle = string.Join(' ', words, i, Size);
            shingles[shingle] = shingles.GetValueOrDefault(shingle) + 1;
        }
        return shingles;
    }
}
