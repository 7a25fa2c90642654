using Triangulate.Web.Api;
using Triangulate.Web.Views;

namespace Triangulate.Web.Pages;

/// <summary>The server-rendered pages; each reads what the matching API endpoint reads.</summary>
internal static class PageEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", async ([AsParameters] ListQuery query, StorePool pool, CancellationToken cancellation) =>
        {
            var (filters, problem) = ListFilters.Parse(query);
            if (filters is null)
                return Layout.BadRequest(problem!);
            using var lease = pool.Rent();
            var stories = await Queries.StoriesAsync(lease.Store, filters, cancellation);
            var sentences = filters.Q is null ? [] : (await lease.Store.SearchAsync(filters.Q, StoriesPage.SentenceHits, cancellation))
                .Select(h => new SearchResult(h.ArticleId, h.Title, h.Paragraph, h.Snippet, h.Rank)).ToList();
            return StoriesPage.Render(filters, stories, sentences);
        }).ExcludeFromDescription();

        app.MapGet("/timeline", async ([AsParameters] ListQuery query, StorePool pool, CancellationToken cancellation) =>
        {
            var (filters, problem) = ListFilters.Parse(query);
            if (filters is null)
                return Layout.BadRequest(problem!);
            using var lease = pool.Rent();
            return TimelinePage.Render(filters, await lease.Store.TimelineAsync(filters.Events(), cancellation));
        }).ExcludeFromDescription();

        app.MapGet("/stories/{id}", async (string id, StorePool pool, CancellationToken cancellation) =>
        {
            using var lease = pool.Rent();
            return await Queries.StoryAsync(lease.Store, id, cancellation) is { } story ? StoryPage.Render(story) : Layout.NotFound("No single story has this id.");
        }).ExcludeFromDescription();

        app.MapGet("/articles/{id}", async (string id, StorePool pool, CancellationToken cancellation) =>
        {
            using var lease = pool.Rent();
            return await Queries.ArticleAsync(lease.Store, id, cancellation) is { } article ? ArticlePage.Render(article) : Layout.NotFound("No article has this id or unique prefix.");
        }).ExcludeFromDescription();

        app.MapGet("/actors/{id}", async (string id, StorePool pool, CancellationToken cancellation) =>
        {
            using var lease = pool.Rent();
            return await Queries.ActorDetailAsync(lease.Store, id, cancellation) is { } actor ? ActorPage.Render(actor) : Layout.NotFound("No actor has this id or name.");
        }).ExcludeFromDescription();
    }
}
