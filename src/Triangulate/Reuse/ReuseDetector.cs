namespace Triangulate.Reuse;

/// <summary>
/// Finds, for each article added, the earlier articles it shares text with: sentence-level LSH candidates that meet
/// in enough sentences, then sentence alignment of the pairs
/// that may share text. Streaming and incremental: only the new article's candidates are
/// compared. Earlier articles are fetched through <paramref name="earlier"/> by their number (the order they were
/// added), so their texts can live in a store or be rebuilt on demand rather than held here. The sentence keys of the
/// most recent <see cref="KeyWindow"/> articles stay at hand (copies mostly follow their source within days), so most
/// candidates that share nothing are dismissed without fetching their text.
/// </summary>
public sealed class ReuseDetector(Func<int, ArticleSentences> earlier)
{
    /// <summary>Articles whose sentence keys are kept: about 2 KB each, so a fixed 40 MB whatever the corpus.</summary>
    public const int KeyWindow = 20_000;

    /// <summary>Sentences two articles must meet in before they are aligned, unless one of them is a brief of a few sentences.</summary>
    public const int MinimumSharedSentences = 2;

    private const int Brief = 3;

    private readonly CandidateIndex _index = new();
    private readonly List<ushort> _keyedSentences = [];
    private readonly IReadOnlyList<SentenceKeys>?[] _recentKeys = new IReadOnlyList<SentenceKeys>?[KeyWindow];

    public int Count => _index.Count;

    private long _candidatePairs;
    private long _fetchedCandidates;

    /// <summary>Candidate pairs checked so far.</summary>
    public long CandidatePairs => Interlocked.Read(ref _candidatePairs);

    /// <summary>Candidates whose text was fetched (they may share text, or their keys had left the window).</summary>
    public long FetchedCandidates => Interlocked.Read(ref _fetchedCandidates);

    /// <summary>Sentence keys in the index (its size).</summary>
    public int IndexKeys => _index.Keys;

    /// <summary>Bytes the index's arrays hold, and the detector's count of keyed sentences per article.</summary>
    public long IndexBytes => _index.Bytes + _keyedSentences.Capacity * 2L;

    /// <summary>Indexes an article and returns what it shares with earlier ones (each pair once, the earlier article as source).</summary>
    public IReadOnlyList<TextReuse> Add(ArticleSentences article) => AddAll([article])[0];

    /// <summary>
    /// Indexes articles in order and returns, for each, what it shares with the articles before it. The index is
    /// walked in order on one thread; the comparisons, which hold the cost and depend only on the pair, run on every core.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<TextReuse>> AddAll(IReadOnlyList<ArticleSentences> articles)
    {
        var candidates = articles.Select(Index).ToList();
        return articles.AsParallel().AsOrdered().Select((article, i) => Compare(article, candidates[i])).ToList();
    }

    private IReadOnlyList<int> Index(ArticleSentences article)
    {
        var keyed = (ushort)Math.Min(ushort.MaxValue, article.Keys.Count(k => k.StemSet.Length >= CandidateIndex.MinimumStems));
        var candidates = _index.Add(article.Keys);
        _keyedSentences.Add(keyed);
        _recentKeys[(Count - 1) % KeyWindow] = article.Keys;
        var kept = new List<int>(candidates.Count);
        foreach (var (number, sentences) in candidates)
        {
            if (sentences < MinimumSharedSentences && keyed > Brief && _keyedSentences[number] > Brief)
                continue;
            kept.Add(number);
        }
        _candidatePairs += kept.Count;
        return kept;
    }

    private List<TextReuse> Compare(ArticleSentences article, IReadOnlyList<int> candidates)
    {
        var found = new List<TextReuse>();
        foreach (var number in candidates)
        {
            if (number > Count - 1 - KeyWindow && _recentKeys[number % KeyWindow] is { } keys && !SentenceAligner.MayShareText(keys, article.Keys))
                continue;
            Interlocked.Increment(ref _fetchedCandidates);
            var source = earlier(number);
            if (!SentenceAligner.MayShareText(source.Keys, article.Keys))
                continue;
            var reuse = TextReuse.Between(source, article);
            if (reuse.Alignments.Count > 0)
                found.Add(reuse);
        }
        return found;
    }
}
