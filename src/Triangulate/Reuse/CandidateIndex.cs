namespace Triangulate.Reuse;

/// <summary>
/// Locality-sensitive hashing over sentences rather than whole articles: each sentence with enough content words gets
/// <see cref="Bands"/> band keys of <see cref="Rows"/> MinHash rows over its stems, so two articles meet when they
/// share a sentence, verbatim or edited (stem Jaccard 0.6 meets with probability 0.59 per sentence, and copies share
/// several). This pairs a 300-word rewrite with the 900-word wire it keeps four sentences of, which whole-article
/// Jaccard cannot. Buckets are chains through one array (each key slot points to the previous slot with the same key),
/// so a sentence costs about 30 bytes of index.
/// </summary>
public sealed class CandidateIndex
{
    public const int Rows = 3;
    public const int Bands = 4;
    public const int MinimumStems = 3;

    /// <summary>
    /// A sentence key already held by more articles than this is boilerplate ("The company did not give details."):
    /// it is indexed but casts no vote, and its bucket is not walked further.
    /// </summary>
    public const int CommonKey = 8;

    private readonly Dictionary<ulong, int> _latestSlot = [];
    private readonly List<int> _previousSlot = [];
    private readonly List<int> _firstSlot = [];

    /// <summary>Number of articles indexed; an article's number is its position in that order.</summary>
    public int Count => _firstSlot.Count;

    /// <summary>Number of sentence keys held.</summary>
    public int Keys => _previousSlot.Count;

    /// <summary>
    /// Bytes of the index's own arrays at their current capacity: the key dictionary (a 24-byte entry and a 4-byte
    /// bucket per slot) and the two int lists. Object headers aside, this is what the index holds.
    /// </summary>
    public long Bytes => _latestSlot.EnsureCapacity(0) * 28L + (_previousSlot.Capacity + _firstSlot.Capacity) * 4L;

    /// <summary>
    /// Indexes an article and returns the earlier articles that share a sentence key with it, ascending, with how many
    /// of its sentences met each.
    /// </summary>
    public IReadOnlyList<(int Article, int Sentences)> Add(IReadOnlyList<SentenceKeys> sentences)
    {
        var number = Count;
        _firstSlot.Add(_previousSlot.Count);
        var votes = new Dictionary<int, int>();
        var met = new HashSet<int>();
        var bucket = new List<int>(CommonKey + 1);
        var seenKeys = new HashSet<ulong>();
        foreach (var sentence in sentences)
        {
            if (sentence.StemSet.Length < MinimumStems)
                continue;
            met.Clear();
            var signature = MinHashSignature.Of(sentence.StemSet, Rows * Bands);
            for (var band = 0; band < Bands; band++)
            {
                var key = MinHashSignature.Mix(signature[band * Rows] ^ (signature[band * Rows + 1] * 31) ^ (signature[band * Rows + 2] * 961) ^ (ulong)band);
                if (!seenKeys.Add(key))
                    continue;
                var previous = _latestSlot.GetValueOrDefault(key, -1);
                _previousSlot.Add(previous);
                _latestSlot[key] = _previousSlot.Count - 1;
                bucket.Clear();
                for (var walked = 0; previous >= 0 && walked <= CommonKey; walked++, previous = _previousSlot[previous])
                    bucket.Add(ArticleOf(previous));
                if (bucket.Count <= CommonKey)
                    met.UnionWith(bucket);
            }
            foreach (var article in met)
                votes[article] = votes.GetValueOrDefault(article) + 1;
        }
        return votes.Where(v => v.Key != number).Select(v => (v.Key, v.Value)).OrderBy(v => v.Key).ToList();
    }

    private int ArticleOf(int slot)
    {
        var found = _firstSlot.BinarySearch(slot);
        if (found < 0)
            return ~found - 1;
        while (found + 1 < _firstSlot.Count && _firstSlot[found + 1] == slot)
            found++;
        return found;
    }
}
