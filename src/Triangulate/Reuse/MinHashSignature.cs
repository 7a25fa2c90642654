namespace Triangulate.Reuse;

/// <summary>
/// MinHash: the minimums of <c>size</c> seeded permutations (a 64-bit mix of xxHash64-based item hashes), so two
/// signatures agree in a share of places that estimates the Jaccard similarity of the two sets. Deterministic across
/// runs and machines.
/// </summary>
public static class MinHashSignature
{
    private const int MaxSize = 64;

    public static ulong[] Of(ReadOnlySpan<ulong> items, int size)
    {
        var signature = new ulong[size];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var item in items)
        {
            for (var i = 0; i < size; i++)
            {
                var value = Mix(item ^ Seeds[i]);
                if (value < signature[i])
                    signature[i] = value;
            }
        }
        return signature;
    }

    private static readonly ulong[] Seeds = Enumerable.Range(1, MaxSize).Select(i => Mix((ulong)i * 0x9E3779B97F4A7C15UL)).ToArray();

    /// <summary>SplitMix64's finaliser: a fast, well-spread 64-bit permutation.</summary>
    public static ulong Mix(ulong value)
    {
        value ^= value >> 30;
        value *= 0xBF58476D1CE4E5B9UL;
        value ^= value >> 27;
        value *= 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
