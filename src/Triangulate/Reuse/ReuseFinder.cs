namespace Triangulate.Reuse;

/// <summary>
/// Finds which articles share text: MinHash/LSH candidates, then sentence alignment of each candidate pair. The
/// earlier-published article (or the earlier-stored one when dates are missing) is taken as the source of a pair.
/// </summary>
public static class ReuseFinder
{
    /// <summary>Share of the smaller article's shingles found in the other below which a candidate is not aligned: a rewrite that keeps a few sentences of a long story still passes.</summary>
    public const double MinimumContainment = 0.08;

    public static IReadOnlyList<TextReuse> Find(IReadOnlyList<Article> articles)
    {
        var ordered = articles.OrderBy(a => a.Published?.Value ?? DateTimeOffset.MaxValue).ToList();
        var sentences = ordered.AsParallel().AsOrdered().Select(ArticleSentences.Of).ToList();
        var byId = sentences.ToDictionary(s => s.ArticleId);
        var shingles = sentences.AsParallel().ToDictionary(s => s.ArticleId, s => MinHashSignature.Shingles(s).ToHashSet());
        var index = new CandidateIndex();
        var pairs = new List<(string Source, string Copy)>();
        foreach (var article in sentences)
        {
            foreach (var earlier in index.Add(article.ArticleId, MinHashSignature.Of(article)))
            {
                if (Containment(shingles[earlier], shingles[article.ArticleId]) >= MinimumContainment)
                    pairs.Add((earlier, article.ArticleId));
            }
        }
        return pairs.AsParallel().AsOrdered()
            .Select(pair => Compare(byId[pair.Source], byId[pair.Copy]))
            .Where(reuse => reuse.Alignments.Count > 0)
            .ToList();
    }

    /// <summary>How much of the smaller shingle set the larger one contains: a 300-word rewrite of a 900-word story scores high, unlike Jaccard.</summary>
    private static double Containment(HashSet<ulong> a, HashSet<ulong> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        return small.Count == 0 ? 0 : (double)small.Count(large.Contains) / small.Count;
    }

    public static TextReuse Compare(ArticleSentences source, ArticleSentences copy)
    {
        var alignments = SentenceAligner.Align(source, copy);
        return new TextReuse(source.ArticleId, copy.ArticleId, alignments,
            source.Sentences.Count == 0 ? 0 : (double)alignments.Count / source.Sentences.Count,
            copy.Sentences.Count == 0 ? 0 : (double)alignments.Count / copy.Sentences.Count);
    }
}
