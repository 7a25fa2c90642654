namespace Triangulate.Stories;

/// <summary>Cosine similarity of sparse count vectors under IDF weighting.</summary>
internal static class WeightedVectors
{
    /// <summary>The squared IDF-weighted norm of a vector.</summary>
    public static double SquaredNorm(IReadOnlyDictionary<string, double> vector, DocumentFrequencies frequencies)
    {
        var sum = 0.0;
        foreach (var (key, value) in vector)
        {
            var weight = value * frequencies.Idf(key);
            sum += weight * weight;
        }
        return sum;
    }

    /// <summary>The cosine of two vectors given their squared norms; iterates the smaller vector.</summary>
    public static double Cosine(
        IReadOnlyDictionary<string, double> a, double aSquaredNorm,
        IReadOnlyDictionary<string, double> b, double bSquaredNorm,
        DocumentFrequencies frequencies)
    {
        if (aSquaredNorm <= 0 || bSquaredNorm <= 0)
        {
            return 0;
        }
        if (a.Count > b.Count)
        {
            (a, b) = (b, a);
        }
        var dot = 0.0;
        foreach (var (key, value) in a)
        {
            if (b.TryGetValue(key, out var other))
            {
                var idf = frequencies.Idf(key);
                dot += value * other * idf * idf;
            }
        }
        return dot / Math.Sqrt(aSquaredNorm * bSquaredNorm);
    }
}
