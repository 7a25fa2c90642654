namespace Triangulate.Facts;

/// <summary>The actors of a set of articles: names found in each title and body, then resolved across all of them.</summary>
public static class ArticleActors
{
    public static IReadOnlyList<Actor> Resolve(IReadOnlyList<Article> articles) =>
        ActorResolver.Resolve(articles.AsParallel().AsOrdered().Select(article => ActorMentionFinder.Find(TextOf(article))).ToList());

    /// <summary>The text the fact extractors read: the title, then the body paragraphs, one per line.</summary>
    public static string TextOf(Article article) => article.Title + "\n\n" + string.Join("\n\n", article.Body);
}
