using Triangulate.Ingest;

namespace Triangulate.Facts;

/// <summary>The actors of a set of articles: names found in each title and body, then resolved within each article, each story and all of them.</summary>
public static class ArticleActors
{
    /// <param name="stories">The article ids of each story; an article in none is a story of its own.</param>
    public static IReadOnlyList<Actor> Resolve(IReadOnlyList<Article> articles, IEnumerable<IReadOnlyList<string>> stories)
    {
        var index = articles.Select((article, i) => (article.Id, i)).ToDictionary(entry => entry.Id, entry => entry.i);
        var findings = articles.AsParallel().AsOrdered().Select(article => ActorMentionFinder.Find(TextWithSignatures(article))).ToList();
        return ActorResolver.Resolve(findings, stories.Select(ids => ids.Where(index.ContainsKey).Select(id => index[id]).ToList()).ToList());
    }

    /// <summary>The text the fact extractors read: the title, then the body paragraphs, one per line.</summary>
    public static string TextOf(Article article) => article.Title + "\n\n" + string.Join("\n\n", article.Body);

    /// <summary>The text with the agency signatures set aside at ingestion ("Agence France-Presse") after it: the agency
    /// is an actor of the article under the name it signs with, which meets the name the text uses ("told AFP").</summary>
    public static string TextWithSignatures(Article article) =>
        string.Join("\n\n", article.Removed.Where(line => line.Reason == FurnitureRules.Signature).Select(line => line.Text).Prepend(TextOf(article)));
}
