namespace Triangulate.Reuse;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: 32 bands of 2 rows, so articles whose shingle sets overlap by
/// about a fifth or more meet in some band with high probability, which finds copies that share only a few sentences,
/// not only near-duplicates. Adding an article returns the earlier articles it meets; nothing compares all pairs.
/// </summary>
public sealed class CandidateIndex
{
    private const int Rows = 2;
    private const int Bands = MinHashSignature.Size / Rows;

    private readonly Dictionary<(int Band, ulong Key), List<int>> _buckets = [];
    private readonly List<string> _articles = [];

    public int Count => _articles.Count;

    /// <summary>Indexes an article and returns the ids of earlier articles that share a band with it.</summary>
    public IReadOnlyList<string> Add(string articleId, ulong[] signature)
    {
        var index = _articles.Count;
        _articles.Add(articleId);
        var candidates = new HashSet<int>();
        for (var band = 0; band < Bands; band++)
        {
            var key = signature[band * Rows] * 31 + signature[band * Rows + 1];
            if (signature[band * Rows] == ulong.MaxValue)
                continue;
            if (!_buckets.TryGetValue((band, key), out var members))
                _buckets[(band, key)] = members = [];
            candidates.UnionWith(members);
            members.Add(index);
        }
        return candidates.Order().Select(i => _articles[i]).ToList();
    }
}
