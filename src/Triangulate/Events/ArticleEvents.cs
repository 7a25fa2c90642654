using Triangulate.Facts;
using Triangulate.Text;

namespace Triangulate.Events;

/// <summary>
/// The events and numeric claims of a set of articles, each merged across the articles that carry it: relative times
/// are read against each article's <see cref="TimeAnchor"/> within its story, and independent origins counted by
/// provenance group.
/// </summary>
public static class ArticleEvents
{
    /// <param name="stories">The article ids of each story; an article in none is a story of its own.</param>
    /// <param name="originOf">The provenance group of an article (null: its own origin).</param>
    public static (IReadOnlyList<EventFact> Events, IReadOnlyList<ClaimFact> Claims) Collect(
        IReadOnlyList<Article> articles, IEnumerable<IReadOnlyList<string>> stories, Func<string, string?> originOf)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var byId = articles.ToDictionary(article => article.Id);
        var storyOf = new Dictionary<string, IReadOnlyList<Article>>();
        foreach (var story in stories)
        {
            var members = story.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
            foreach (var member in members)
                storyOf[member.Id] = members;
        }
        var anchors = articles.ToDictionary(article => article.Id, article => TimeAnchor.Of(article, storyOf.GetValueOrDefault(article.Id) ?? [article]));
        var read = articles.AsParallel().AsOrdered().Select(article =>
        {
            var text = ArticleText.Of(article);
            return (Events: EventFinder.Find(text, anchors[article.Id]), Claims: QuantityFinder.Find(text));
        }).ToList();
        var events = EventMerger.Merge(read.SelectMany(r => r.Events).ToList(), originOf);
        var claims = ClaimMerger.Merge(read.SelectMany(r => r.Claims).ToList(), originOf, id => anchors.GetValueOrDefault(id));
        return (events, claims);
    }
}
