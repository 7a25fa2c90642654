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

    /// <summary>The cosine of a member vector with its story's summed vector once the member is taken out of the sum.</summary>
    public static double CosineWithoutMember(
        IReadOnlyDictionary<string, double> member, double memberSquaredNorm,
        IReadOnlyDictionary<string, double> sum, double sumSquaredNorm,
        DocumentFrequencies frequencies)
    {
        var dot = Cosine(member, 1, sum, 1, frequencies);
        var restSquaredNorm = sumSquaredNorm - 2 * dot + memberSquaredNorm;
        return memberSquaredNorm <= 0 || restSquaredNorm <= 1e-9 ? 0 : (dot - memberSquaredNorm) / Math.Sqrt(memberSquaredNorm * restSquaredNorm);
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
