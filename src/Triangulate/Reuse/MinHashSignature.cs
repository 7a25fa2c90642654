using System.Numerics;
using Triangulate.Text;

namespace Triangulate.Reuse;

/// <summary>
/// MinHash over word 3-shingles of an article's content stems: <see cref="Size"/> minimums of XXH64-based hashes,
/// one per seeded permutation (a 64-bit mix of the shingle's hash), so two signatures agree in a share of places
/// that estimates the Jaccard similarity of the shingle sets. Deterministic across runs and machines.
/// </summary>
public static class MinHashSignature
{
    public const int Size = 64;
    private const int ShingleWords = 3;

    public static ulong[] Of(ArticleSentences article)
    {
        var signature = new ulong[Size];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in Shingles(article))
        {
            for (var i = 0; i < Size; i++)
            {
                var value = Mix(shingle ^ Seeds[i]);
                if (value < signature[i])
                    signature[i] = value;
            }
        }
        return signature;
    }

    /// <summary>Hashes of consecutive three-stem runs of content words, within sentences.</summary>
    public static IEnumerable<ulong> Shingles(ArticleSentences article)
    {
        foreach (var sentence in article.Sentences)
        {
            var stems = sentence.Stems.Where((stem, i) => sentence.Tokens[i].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Acronym && !StopWords.Contains(stem)).ToList();
            for (var i = 0; i + ShingleWords <= stems.Count; i++)
                yield return XxHash64.Hash(string.Join(' ', stems, i, ShingleWords));
        }
    }

    private static readonly ulong[] Seeds = Enumerable.Range(1, Size).Select(i => Mix((ulong)i * 0x9E3779B97F4A7C15UL)).ToArray();

    /// <summary>SplitMix64's finaliser: a fast, well-spread 64-bit permutation.</summary>
    private static ulong Mix(ulong value)
    {
        value ^= value >> 30;
        value *= 0xBF58476D1CE4E5B9UL;
        value ^= value >> 27;
        value *= 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
