namespace Triangulate.Reuse;

/// <summary>Finds every pair of articles that share text in a batch: profiles them in parallel, then feeds a <see cref="ReuseDetector"/> in publication order.</summary>
public static class ReuseFinder
{
    public static IReadOnlyList<TextReuse> Find(IReadOnlyList<Article> articles) =>
        Find(articles.OrderBy(a => a.Published?.Value ?? DateTimeOffset.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal)
            .AsParallel().AsOrdered().Select(ArticleSentences.Of).ToList());

    /// <summary>Pairs among prepared articles, taken in the given order.</summary>
    public static IReadOnlyList<TextReuse> Find(IReadOnlyList<ArticleSentences> prepared)
    {
        var detector = new ReuseDetector(number => prepared[number]);
        return prepared.SelectMany(detector.Add).ToList();
    }
}
