using Triangulate.Facts;
using Triangulate.Text;

namespace Triangulate.Events;

/// <summary>
/// The events and numeric claims of a set of articles, each merged across the articles that carry it: relative times
/// are read against each article's <see cref="TimeAnchor"/> within its story, and independent origins counted by
/// provenance group. Events are merged within each story; claims across stories, since a figure revised months later
/// (a new story) is still the same count.
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
        // One event is told within one story: events are merged story by story, which keeps merging linear in the corpus.
        var storyIndex = articles.Select((article, i) => (article.Id, Story: storyOf.TryGetValue(article.Id, out var members) ? members[0].Id : article.Id))
            .ToDictionary(entry => entry.Id, entry => entry.Story);
        var events = read.SelectMany(r => r.Events).GroupBy(e => storyIndex[e.Article])
            .AsParallel().AsOrdered().SelectMany(story => EventMerger.Merge(story.ToList(), originOf)).ToList();
        var claims = ClaimMerger.Merge(read.SelectMany(r => r.Claims).ToList(), originOf, id => anchors.GetValueOrDefault(id));
        return (events, claims);
    }
}
