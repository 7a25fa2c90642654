namespace Triangulate.Reuse;

/// <summary>
/// Finds which articles share text: MinHash/LSH candidates, then sentence alignment of each candidate pair. The
/// earlier-published article (or the earlier-stored one when dates are missing) is taken as the source of a pair.
/// </summary>
public static class ReuseFinder
{
    public static IReadOnlyList<TextReuse> Find(IReadOnlyList<Article> articles)
    {
        var ordered = articles.OrderBy(a => a.Published?.Value ?? DateTimeOffset.MaxValue).ToList();
        var sentences = ordered.AsParallel().AsOrdered().Select(ArticleSentences.Of).ToList();
        var byId = sentences.ToDictionary(s => s.ArticleId);
        var index = new CandidateIndex();
        var pairs = new List<(string Source, string Copy)>();
        foreach (var article in sentences)
        {
            foreach (var earlier in index.Add(article.ArticleId, MinHashSignature.Of(article)))
                pairs.Add((earlier, article.ArticleId));
        }
        return pairs.AsParallel().AsOrdered()
            .Select(pair => Compare(byId[pair.Source], byId[pair.Copy]))
            .Where(reuse => reuse.Alignments.Count > 0)
            .ToList();
    }

    public static TextReuse Compare(ArticleSentences source, ArticleSentences copy)
    {
        var alignments = SentenceAligner.Align(source, copy);
        return new TextReuse(source.ArticleId, copy.ArticleId, alignments,
            source.Sentences.Count == 0 ? 0 : (double)alignments.Count / source.Sentences.Count,
            copy.Sentences.Count == 0 ? 0 : (double)alignments.Count / copy.Sentences.Count);
    }
}
