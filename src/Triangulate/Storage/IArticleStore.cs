using Triangulate.Events;
using Triangulate.Analysis;
using Triangulate.Facts;
using Triangulate.Reports;
using Triangulate.Stories;

namespace Triangulate.Storage;

/// <summary>
/// Where articles and their analysis live between runs, opened with <see cref="ArticleStores.Open"/>. SQLite is the
/// default; every implementation keeps the same contract (tests/…/ArticleStoreContract): a batch is one transaction,
/// adding an article that is already stored changes nothing, reads come a page at a time, and a store opened
/// read-only refuses to write.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>Stores a batch atomically; articles already stored (same id) are skipped.</summary>
    Task<BatchResult> AddAsync(IReadOnlyList<Article> batch, CancellationToken cancellation = default);

    /// <summary>The article with this id, or with this unique id prefix (at least four characters); null when none or ambiguous.</summary>
    Task<Article?> FindAsync(string idOrPrefix, CancellationToken cancellation = default);

    /// <summary>Full-text search over sentences, best first; matched words are marked with <see cref="SearchHit.MatchStart"/> and <see cref="SearchHit.MatchEnd"/>.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit = 20, CancellationToken cancellation = default);

    /// <summary>How many articles are stored.</summary>
    Task<int> ArticleCountAsync(CancellationToken cancellation = default);

    /// <summary>Stored articles in storing order, one page at a time (pages from 1).</summary>
    Task<Page<Article>> ArticlesAsync(int page, int size, CancellationToken cancellation = default);

    /// <summary>The stored articles with these ids, in the order they were stored; ids not stored are left out.</summary>
    Task<IReadOnlyList<Article>> ArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellation = default);

    /// <summary>The story clusterer's document frequencies over the analysed articles.</summary>
    Task<StoryFrequencyTable> StoryFrequenciesAsync(CancellationToken cancellation = default);

    /// <summary>The ids of stored articles that no stored story holds yet, in storing order.</summary>
    Task<IReadOnlyList<string>> UnanalysedArticleIdsAsync(CancellationToken cancellation = default);

    /// <summary>Writes what an analysis pass changed, as one transaction.</summary>
    Task SaveAnalysisAsync(AnalysisUpdate update, CancellationToken cancellation = default);

    /// <summary>The stored analysis's version and counts; null when nothing has been analysed.</summary>
    Task<AnalysisState?> AnalysisStateAsync(CancellationToken cancellation = default);

    /// <summary>The members of the stories that may take articles published between these times (stories whose span
    /// meets it, and stories with no date), with their headlines; every story's members when both times are null.</summary>
    Task<IReadOnlyList<StoredMember>> StoryMembersAsync(DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellation = default);

    /// <summary>The articles that share a provenance group or a merged claim with any of these (these included).</summary>
    Task<IReadOnlyList<string>> LinkedArticlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellation = default);

    /// <summary>The actors going by any of these names, exactly (any case).</summary>
    Task<IReadOnlyList<Actor>> ActorsWithNamesAsync(IReadOnlyCollection<string> names, CancellationToken cancellation = default);

    /// <summary>Stories, largest first, filtered and paged.</summary>
    Task<Page<StoryView>> StoriesAsync(StoryQuery query, CancellationToken cancellation = default);

    /// <summary>The story with this id (with or without "story-") or unique id prefix; null when none or ambiguous.</summary>
    Task<StoryView?> StoryAsync(string idOrPrefix, CancellationToken cancellation = default);

    /// <summary>The stories holding any of these articles.</summary>
    Task<IReadOnlyList<StoryView>> StoriesOfAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellation = default);

    /// <summary>The provenance group an article belongs to; null when it shares text with no other article.</summary>
    Task<ReportProvenanceGroup?> GroupOfAsync(string articleId, CancellationToken cancellation = default);

    /// <summary>Actors, most mentioned first, paged.</summary>
    Task<Page<Actor>> ActorsAsync(int page, int size, CancellationToken cancellation = default);

    /// <summary>Actors going by this name (any case); failing that, actors with a name holding it as a word ("Marren").</summary>
    Task<IReadOnlyList<Actor>> ActorsNamedAsync(string name, CancellationToken cancellation = default);

    /// <summary>Where an actor is mentioned, article by article in storing order.</summary>
    Task<IReadOnlyList<ActorArticle>> MentionsAsync(string actorId, int limit, CancellationToken cancellation = default);

    /// <summary>The actor with this id; null when none.</summary>
    Task<Actor?> ActorAsync(string id, CancellationToken cancellation = default);

    /// <summary>The actors mentioned in one article, with where.</summary>
    Task<IReadOnlyList<ActorArticle>> MentionsInAsync(string articleId, CancellationToken cancellation = default);

    /// <summary>The actors mentioned in any of these articles, with where.</summary>
    Task<IReadOnlyList<ActorArticle>> MentionsInAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellation = default);

    /// <summary>The provenance group of each of these articles that shares text with another (article id to group id).</summary>
    Task<IReadOnlyDictionary<string, string>> GroupIdsOfAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellation = default);

    /// <summary>Title, outlet and date of the stored articles with these ids, in storing order, without their text.</summary>
    Task<IReadOnlyList<ArticleSummary>> ArticleSummariesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellation = default);

    /// <summary>Merged events, filtered (story, type, actor, article, days) and paged, most independent origins first.</summary>
    Task<Page<EventView>> EventsAsync(EventQuery query, CancellationToken cancellation = default);

    /// <summary>The event with this id; null when none.</summary>
    Task<EventView?> EventAsync(string id, CancellationToken cancellation = default);

    /// <summary>Merged numeric claims as <paramref name="query"/> filters them, most independent origins first, paged.</summary>
    Task<Page<ClaimView>> ClaimFactsAsync(ClaimQuery query, CancellationToken cancellation = default);

    /// <summary>The merged claims any of these articles give.</summary>
    Task<IReadOnlyList<ClaimView>> ClaimFactsOfAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellation = default);

    /// <summary>The attributions of these articles, in storing order of the articles.</summary>
    Task<IReadOnlyList<AttributionView>> AttributionsOfAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellation = default);

    /// <summary>Dated events in time order (earliest first), filtered as <see cref="EventsAsync"/> filters them, paged.</summary>
    Task<Page<EventView>> TimelineAsync(EventQuery query, CancellationToken cancellation = default);
}
