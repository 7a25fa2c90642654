using Triangulate.Events;
using Microsoft.AspNetCore.Http.HttpResults;
using Triangulate.Analysis;
using Triangulate.Facts;
using Triangulate.Reports;
using Triangulate.Storage;
using Triangulate.Web.Views;

namespace Triangulate.Web.Api;

/// <summary>The JSON API under /api: the report schema's field names, lists paged with page and size and filtered by q, from, to, outlet, actor and type.</summary>
internal static class ApiEndpoints
{
    public const int MaxSearchHits = 200;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");

        api.MapGet("/stories", async Task<Results<Ok<ListPage<StorySummary>>, ProblemHttpResult>> ([AsParameters] ListQuery query, StorePool pool, CancellationToken cancellation) =>
        {
            var (filters, problem) = ListFilters.Parse(query);
            if (filters is null)
                return BadRequest(problem!);
            using var lease = pool.Rent();
            return TypedResults.Ok(ListPage<StorySummary>.Of(await Queries.StoriesAsync(lease.Store, filters, cancellation)));
        }).WithSummary("Stories, largest first: filter with q (title words), from, to, outlet, actor, type (stories holding an event of that type); page and size.");

        api.MapGet("/stories/{id}", async Task<Results<Ok<StoryDetail>, NotFound>> (string id, StorePool pool, CancellationToken cancellation) =>
        {
            using var lease = pool.Rent();
            return await Queries.StoryAsync(lease.Store, id, cancellation) is { } story ? TypedResults.Ok(story) : TypedResults.NotFound();
        }).WithSummary("One story (id, with or without \"story-\", or a unique prefix): origin, derivations, changes, its articles in time order.");

        api.MapGet("/articles/{id}", async Task<Results<Ok<ArticleDetail>, NotFound>> (string id, StorePool pool, CancellationToken cancellation) =>
        {
            using var lease = pool.Rent();
            return await Queries.ArticleAsync(lease.Store, id, cancellation) is { } article ? TypedResults.Ok(article) : TypedResults.NotFound();
        }).WithSummary("One article (id or a unique prefix of at least four characters) with its provenance and its facts' evidence spans.");

        api.MapGet("/actors", async Task<Results<Ok<ListPage<Actor>>, ProblemHttpResult>> ([AsParameters] ListQuery query, StorePool pool, CancellationToken cancellation) =>
        {
            var (filters, problem) = ListFilters.Parse(query);
            if (filters is null)
                return BadRequest(problem!);
            using var lease = pool.Rent();
            if (filters.Q is null)
                return TypedResults.Ok(ListPage<Actor>.Of(await lease.Store.ActorsAsync(filters.Page, filters.Size, cancellation)));
            var named = await lease.Store.ActorsNamedAsync(filters.Q, cancellation);
            return TypedResults.Ok(new ListPage<Actor>([.. named.Skip((filters.Page - 1) * filters.Size).Take(filters.Size)], named.Count, filters.Page, filters.Size));
        }).WithSummary("Actors, most mentioned first, with their names and why names were merged; q finds actors by any name.");

        api.MapGet("/actors/{id}", async Task<Results<Ok<ActorDetail>, NotFound>> (string id, StorePool pool, CancellationToken cancellation) =>
        {
            using var lease = pool.Rent();
            return await Queries.ActorDetailAsync(lease.Store, id, cancellation) is { } actor ? TypedResults.Ok(actor) : TypedResults.NotFound();
        }).WithSummary("One actor (id or any name it goes by): names, merge reasons, mentions in context.");

        api.MapGet("/claims", async Task<Results<Ok<ListPage<ClaimView>>, ProblemHttpResult>> ([AsParameters] ListQuery query, StorePool pool, CancellationToken cancellation) =>
        {
            var (filters, problem) = ListFilters.Parse(query);
            if (filters is null)
                return BadRequest(problem!);
            using var lease = pool.Rent();
            return TypedResults.Ok(ListPage<ClaimView>.Of(await lease.Store.ClaimFactsAsync(double.MinValue, filters.Page, filters.Size, cancellation)));
        }).WithSummary("Merged numeric claims with their sources, independent origins, status and evidence, best supported first.");

        api.MapGet("/events", async Task<Results<Ok<ListPage<EventView>>, ProblemHttpResult>> ([AsParameters] ListQuery query, string? story, StorePool pool, CancellationToken cancellation) =>
        {
            var (filters, problem) = ListFilters.Parse(query);
            if (filters is null)
                return BadRequest(problem!);
            using var lease = pool.Rent();
            return TypedResults.Ok(ListPage<EventView>.Of(await lease.Store.EventsAsync(filters.Events(story), cancellation)));
        }).WithSummary("Merged events, most independent origins first: filter with type, actor, from, to, story; page and size.");

        api.MapGet("/events/{id}", async Task<Results<Ok<EventView>, NotFound>> (string id, StorePool pool, CancellationToken cancellation) =>
        {
            using var lease = pool.Rent();
            return await lease.Store.EventAsync(id, cancellation) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();
        }).WithSummary("One event with its participants, place, time, sources, support and evidence.");

        api.MapGet("/search", async Task<Results<Ok<IReadOnlyList<SearchResult>>, ProblemHttpResult>> (string? q, int? size, StorePool pool, CancellationToken cancellation) =>
        {
            if (string.IsNullOrWhiteSpace(q))
                return BadRequest("give the words to find as q");
            using var lease = pool.Rent();
            var hits = await lease.Store.SearchAsync(q, Math.Clamp(size ?? 20, 1, MaxSearchHits), cancellation);
            return TypedResults.Ok<IReadOnlyList<SearchResult>>([.. hits.Select(h => new SearchResult(h.ArticleId, h.Title, h.Paragraph, h.Snippet, h.Rank))]);
        }).WithSummary("Full-text search over sentences, best first; each hit names its article.");

        api.MapPost("/articles", Uploads.HandleAsync)
            .WithSummary("Add articles (a JSON-lines body, or files as multipart/form-data): ingested and analysed; progress streams as server-sent events.")
            .DisableAntiforgery();
    }

    public static ProblemHttpResult BadRequest(string problem) => TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest);
}
