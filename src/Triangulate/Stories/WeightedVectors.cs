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

    /// <summary>The vector as (key, value · idf²) pairs, ready for <see cref="Dot"/>.</summary>
    public static KeyValuePair<string, double>[] IdfSquaredWeighted(IReadOnlyDictionary<string, double> vector, DocumentFrequencies frequencies)
    {
        var weighted = new KeyValuePair<string, double>[vector.Count];
        var i = 0;
        foreach (var (key, value) in vector)
        {
            var idf = frequencies.Idf(key);
            weighted[i++] = new(key, value * idf * idf);
        }
        return weighted;
    }

    /// <summary>The IDF-weighted dot product of a pre-weighted vector with a plain one.</summary>
    public static double Dot(KeyValuePair<string, double>[] idfSquaredWeighted, IReadOnlyDictionary<string, double> other)
    {
        var dot = 0.0;
        foreach (var (key, weight) in idfSquaredWeighted)
        {
            if (other.TryGetValue(key, out var value))
            {
                dot += weight * value;
            }
        }
        return dot;
    }

    /// <summary>The cosine from a dot product and the two squared norms.</summary>
    public static double Cosine(double dot, double aSquaredNorm, double bSquaredNorm) =>
        aSquaredNorm <= 0 || bSquaredNorm <= 0 ? 0 : dot / Math.Sqrt(aSquaredNorm * bSquaredNorm);

    /// <summary>The cosine of a member vector with its story's summed vector once the member is taken out of the sum.</summary>
    public static double CosineWithoutMember(double dot, double memberSquaredNorm, double sumSquaredNorm)
    {
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
