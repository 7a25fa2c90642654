namespace Triangulate.Stories;

/// <summary>Cosine similarity of sparse count vectors under IDF weighting.</summary>
internal static class WeightedVectors
{
    /// <summary>The squared IDF-weighted norm of a vector.</summary>
    public static double SquaredNorm(Dictionary<int, double> vector, DocumentFrequencies frequencies)
    {
        var sum = 0.0;
        foreach (var (key, value) in vector)
        {
            var weight = value * frequencies.Idf(key);
            sum += weight * weight;
        }
        return sum;
    }

    /// <summary>The squared IDF-weighted norm of a vector.</summary>
    public static double SquaredNorm(SparseVector vector, DocumentFrequencies frequencies)
    {
        var sum = 0.0;
        for (var i = 0; i < vector.Keys.Length; i++)
        {
            var weight = vector.Values[i] * frequencies.Idf(vector.Keys[i]);
            sum += weight * weight;
        }
        return sum;
    }

    /// <summary>Writes the vector's values, each multiplied by its key's idf², into <paramref name="weighted"/>; the
    /// result is ready for <see cref="Dot"/>.</summary>
    public static void IdfSquaredWeighted(SparseVector vector, DocumentFrequencies frequencies, double[] weighted)
    {
        for (var i = 0; i < vector.Keys.Length; i++)
        {
            var idf = frequencies.Idf(vector.Keys[i]);
            weighted[i] = vector.Values[i] * idf * idf;
        }
    }

    /// <summary>The IDF-weighted dot product of a pre-weighted vector with a plain one.</summary>
    public static double Dot(SparseVector idfSquaredWeighted, Dictionary<int, double> other)
    {
        var dot = 0.0;
        for (var i = 0; i < idfSquaredWeighted.Keys.Length; i++)
        {
            if (other.TryGetValue(idfSquaredWeighted.Keys[i], out var value))
            {
                dot += idfSquaredWeighted.Values[i] * value;
            }
        }
        return dot;
    }

    /// <summary>The IDF-weighted dot product of a pre-weighted vector with a plain one, both in key order.</summary>
    public static double Dot(SparseVector idfSquaredWeighted, SparseVector other)
    {
        var dot = 0.0;
        var (i, j) = (0, 0);
        while (i < idfSquaredWeighted.Keys.Length && j < other.Keys.Length)
        {
            var (a, b) = (idfSquaredWeighted.Keys[i], other.Keys[j]);
            if (a == b)
            {
                dot += idfSquaredWeighted.Values[i++] * other.Values[j++];
            }
            else if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return dot;
    }

    /// <summary>How many keys of <paramref name="member"/> the summed vector <paramref name="sum"/> holds; with
    /// <paramref name="withoutMember"/>, only those some other member of the sum holds too.</summary>
    public static int SharedKeys(SparseVector member, Dictionary<int, double> sum, bool withoutMember)
    {
        var shared = 0;
        for (var i = 0; i < member.Keys.Length; i++)
        {
            if (sum.TryGetValue(member.Keys[i], out var value) && (!withoutMember || value - member.Values[i] > 1e-9))
            {
                shared++;
            }
        }
        return shared;
    }

    /// <summary>How many keys two summed vectors have in common.</summary>
    public static int SharedKeys(Dictionary<int, double> a, Dictionary<int, double> b)
    {
        var (smaller, larger) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var key in smaller.Keys)
        {
            if (larger.ContainsKey(key))
            {
                shared++;
            }
        }
        return shared;
    }

    /// <summary>How many keys two vectors in key order have in common.</summary>
    public static int SharedKeys(SparseVector a, SparseVector b)
    {
        var (shared, i, j) = (0, 0, 0);
        while (i < a.Keys.Length && j < b.Keys.Length)
        {
            if (a.Keys[i] == b.Keys[j])
            {
                (shared, i, j) = (shared + 1, i + 1, j + 1);
            }
            else if (a.Keys[i] < b.Keys[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return shared;
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
        Dictionary<int, double> a, double aSquaredNorm,
        Dictionary<int, double> b, double bSquaredNorm,
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
