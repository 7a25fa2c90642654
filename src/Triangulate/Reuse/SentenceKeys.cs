using Triangulate.Text;

namespace Triangulate.Reuse;

/// <summary>
/// A sentence reduced to hashes for fast comparison: its words (equal hashes mean a verbatim sentence) and its content
/// stems, in order (for shingles) and as a sorted set (for overlap counts without building sets per comparison).
/// </summary>
public sealed record SentenceKeys(ulong WordsHash, ulong[] ContentStems, ulong[] StemSet)
{
    public static SentenceKeys Of(TextProfile profile)
    {
        var words = new List<string>(profile.Tokens.Count);
        var content = new List<ulong>(profile.Tokens.Count);
        for (var i = 0; i < profile.Tokens.Count; i++)
        {
            var kind = profile.Tokens[i].Kind;
            if (kind is TokenKind.Punctuation or TokenKind.Quote)
                continue;
            words.Add(profile.Forms[i]);
            if (kind is TokenKind.Word or TokenKind.Number or TokenKind.Acronym && !StopWords.Contains(profile.Stems[i]))
                content.Add(XxHash64.Hash(profile.Stems[i]));
        }
        var set = content.ToArray();
        Array.Sort(set);
        return new SentenceKeys(XxHash64.Hash(string.Join(' ', words)), content.ToArray(), Distinct(set));
    }

    /// <summary>Whether the sentence holds a content word: one that does not is never aligned.</summary>
    public bool HasContent => StemSet.Length > 0;

    /// <summary>Number of keys two sorted arrays share (for multisets, each key as often as both hold it).</summary>
    public static int Shared(ulong[] first, ulong[] second)
    {
        int i = 0, j = 0, shared = 0;
        while (i < first.Length && j < second.Length)
        {
            if (first[i] == second[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (first[i] < second[j])
                i++;
            else
                j++;
        }
        return shared;
    }

    /// <summary>Jaccard similarity of two sentences' content stems.</summary>
    public double Overlap(SentenceKeys other)
    {
        var shared = Shared(StemSet, other.StemSet);
        return shared == 0 ? 0 : (double)shared / (StemSet.Length + other.StemSet.Length - shared);
    }

    private static ulong[] Distinct(ulong[] sorted)
    {
        if (sorted.Length < 2)
            return sorted;
        var count = 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] != sorted[count - 1])
                sorted[count++] = sorted[i];
        }
        return sorted[..count];
    }
}
