using Triangulate.Analysis;
using Triangulate.Facts;
using Triangulate.Reports;
using Triangulate.Storage;
using Triangulate.Text;

namespace Triangulate.Web.Views;

/// <summary>
/// What the API and the pages show, read from the stored analysis as the CLI's query commands read it (stories,
/// story, show and copies, actor): one load per question, shared by the JSON and the HTML so the two never disagree.
/// </summary>
public static class Queries
{
    /// <summary>Most articles of one actor looked at when filtering stories by actor.</summary>
    public const int ActorArticleLimit = 2000;

    /// <summary>Most articles an actor page lists mentions from.</summary>
    public const int ActorMentionArticles = 30;

    /// <summary>Most events a story, article or actor shows.</summary>
    public const int MaxFacts = 200;

    public static async Task<Page<StorySummary>> StoriesAsync(IArticleStore store, ListFilters filters, CancellationToken cancellation)
    {
        var page = filters.Actor is null
            ? await store.StoriesAsync(new StoryQuery(filters.Q, filters.From, filters.To, filters.Outlet, filters.Page, filters.Size, filters.Type), cancellation)
            : await StoriesOfActorAsync(store, filters, cancellation);
        var groups = await store.GroupIdsOfAsync([.. page.Items.SelectMany(s => s.ArticleIds)], cancellation);
        return new Page<StorySummary>([.. page.Items.Select(s => StorySummary.Of(s, groups))], page.Total, page.Number, page.Size);
    }

    /// <summary>The stories an actor is mentioned in, with the other filters applied to them as the store applies them to all stories (the event type one story at a time, by the indexed story of each event).</summary>
    private static async Task<Page<StoryView>> StoriesOfActorAsync(IArticleStore store, ListFilters filters, CancellationToken cancellation)
    {
        var actor = await ActorAsync(store, filters.Actor!, cancellation);
        var mentions = actor is null ? [] : await store.MentionsAsync(actor.Id, ActorArticleLimit, cancellation);
        var stories = (await store.StoriesOfAsync([.. mentions.Select(m => m.Article)], cancellation))
            .Where(s => (filters.Q is null || s.Title.Contains(filters.Q, StringComparison.OrdinalIgnoreCase))
                && (filters.From is null || s.LastSeen >= filters.From) && (filters.To is null || s.FirstSeen <= filters.To)
                && (filters.Outlet is null || s.Outlets.Contains(filters.Outlet, StringComparer.OrdinalIgnoreCase)))
            .ToList();
        if (filters.Type is { } type)
        {
            var holding = new List<StoryView>();
            foreach (var story in stories)
            {
                if ((await store.EventsAsync(new EventQuery(Story: story.Id, Type: type, Size: 1), cancellation)).Total > 0)
                    holding.Add(story);
            }
            stories = holding;
        }
        return new Page<StoryView>([.. stories.Skip((filters.Page - 1) * filters.Size).Take(filters.Size)], stories.Count, filters.Page, filters.Size);
    }

    public static async Task<StoryDetail?> StoryAsync(IArticleStore store, string id, CancellationToken cancellation)
    {
        if (await store.StoryAsync(id, cancellation) is not { } story)
            return null;
        var articles = await store.ArticleSummariesAsync(story.ArticleIds, cancellation);
        var groups = await store.GroupIdsOfAsync(story.ArticleIds, cancellation);
        var events = await store.EventsAsync(new EventQuery(Story: story.Id, Size: MaxFacts), cancellation);
        var claims = await store.ClaimFactsOfAsync(story.ArticleIds, cancellation);
        return StoryDetail.Of(story, articles, groups, events.Items, claims);
    }

    public static async Task<ArticleDetail?> ArticleAsync(IArticleStore store, string id, CancellationToken cancellation)
    {
        if (await store.FindAsync(id, cancellation) is not { } article)
            return null;
        var story = (await store.StoriesOfAsync([article.Id], cancellation)).FirstOrDefault();
        var group = await store.GroupOfAsync(article.Id, cancellation);
        var mentions = new List<ArticleMention>();
        foreach (var mention in await store.MentionsInAsync(article.Id, cancellation))
        {
            if (await store.ActorAsync(mention.Actor, cancellation) is { } actor)
                mentions.Add(new ArticleMention(actor.Id, actor.Name, actor.Type, mention.Mentions));
        }
        return new ArticleDetail(
            ReportBuilder.Build([article]).Articles[0],
            story?.Id,
            story?.Title,
            group?.Id,
            group?.Derivations.FirstOrDefault(d => d.Article == article.Id),
            group?.Derivations.Where(d => d.From == article.Id).ToList() ?? [],
            group?.Changes.Where(c => c.Article == article.Id).ToList() ?? [],
            [.. mentions.OrderBy(m => m.Name, StringComparer.Ordinal)],
            (await store.EventsAsync(new EventQuery(Article: article.Id, Size: MaxFacts), cancellation)).Items,
            await store.ClaimFactsOfAsync([article.Id], cancellation),
            await store.AttributionsOfAsync([article.Id], cancellation));
    }

    public static async Task<ActorDetail?> ActorDetailAsync(IArticleStore store, string idOrName, CancellationToken cancellation)
    {
        if (await ActorAsync(store, idOrName, cancellation) is not { } actor)
            return null;
        var mentions = await store.MentionsAsync(actor.Id, ActorMentionArticles, cancellation);
        var articles = (await store.ArticlesAsync([.. mentions.Select(m => m.Article)], cancellation)).ToDictionary(a => a.Id);
        var shown = mentions.Where(m => articles.ContainsKey(m.Article)).Select(m =>
        {
            var article = articles[m.Article];
            var text = ArticleText.Of(article);
            return new ActorMentionArticle(article.Id, article.Title, article.Outlet?.Name, Published(article.Published),
                [.. m.Mentions.Select(e => MentionInContext.Of(e, text))]);
        }).ToList();
        var events = await store.EventsAsync(new EventQuery(Actor: actor.Id, Size: MaxFacts), cancellation);
        // An event names a participant as its sentence does ("Drummond", or "Sarn River Workers' Union" for the actor
        // named "SRWU"): the network shows the fuller of that and the actor's name.
        var network = new List<ActorLink>();
        foreach (var link in ActorLink.Of(actor.Id, events.Items))
        {
            network.Add(link.Actor is { } other && await store.ActorAsync(other, cancellation) is { } known && known.Name.Length > link.Name.Length
                ? link with { Name = known.Name }
                : link);
        }
        return new ActorDetail(actor.Id, actor.Name, actor.Type, actor.Aliases, actor.Merges, shown, network);
    }

    /// <summary>An actor by id, else by any name it goes by (as <c>triangulate actor NAME</c> finds it).</summary>
    public static async Task<Actor?> ActorAsync(IArticleStore store, string idOrName, CancellationToken cancellation) =>
        await store.ActorAsync(idOrName, cancellation) ?? (await store.ActorsNamedAsync(idOrName, cancellation)).FirstOrDefault();

    public static ReportPublished? Published(Ingest.PublicationTime? published) => published is null ? null
        : new ReportPublished(published.ToIso(), published.Precision.ToString().ToLowerInvariant(), published.Inferred, published.Evidence);
}
