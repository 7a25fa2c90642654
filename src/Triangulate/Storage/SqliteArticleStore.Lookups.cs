using Triangulate.Events;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Triangulate.Analysis;
using Triangulate.Facts;

namespace Triangulate.Storage;

/// <summary>Look-ups by id that the web app's pages need beside the listing queries.</summary>
public sealed partial class SqliteArticleStore
{
    public Task<Actor?> ActorAsync(string id, CancellationToken cancellation = default) =>
        Task.FromResult(Rows("SELECT record FROM actors WHERE id = $id", r => StoredJson.Read<Actor>(r.GetString(0)), ("$id", id)).FirstOrDefault());

    public Task<IReadOnlyList<ActorArticle>> MentionsInAsync(string articleId, CancellationToken cancellation = default) =>
        Task.FromResult<IReadOnlyList<ActorArticle>>(Rows("SELECT actor_id, mentions FROM actor_articles WHERE article_id = $a ORDER BY actor_id",
            r => new ActorArticle(r.GetString(0), articleId, StoredJson.Read<List<Text.Evidence>>(r.GetString(1))), ("$a", articleId)));

    public Task<IReadOnlyList<ActorArticle>> MentionsInAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellation = default) =>
        Task.FromResult<IReadOnlyList<ActorArticle>>(Rows(
            "SELECT actor_id, article_id, mentions FROM actor_articles WHERE article_id IN (SELECT value FROM json_each($ids)) ORDER BY article_id, actor_id",
            r => new ActorArticle(r.GetString(0), r.GetString(1), StoredJson.Read<List<Text.Evidence>>(r.GetString(2))), ("$ids", JsonSerializer.Serialize(articleIds))));

    public Task<IReadOnlyList<Actor>> ActorsWithNamesAsync(IReadOnlyCollection<string> names, CancellationToken cancellation = default) =>
        Task.FromResult<IReadOnlyList<Actor>>(Rows("""
            SELECT a.record FROM actors a WHERE a.id IN (
                SELECT n.actor_id FROM actor_names n WHERE n.name IN (SELECT value FROM json_each($names)))
            ORDER BY a.mentions DESC, a.id
            """, r => StoredJson.Read<Actor>(r.GetString(0)), ("$names", JsonSerializer.Serialize(names))));

    public Task<IReadOnlyList<StoredMember>> StoryMembersAsync(DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellation = default)
    {
        var span = new SqlFilter().Add(Utc(from), "$from", "s.last_seen >= $from").Add(Utc(to), "$to", "s.first_seen <= $to");
        return Task.FromResult<IReadOnlyList<StoredMember>>(Rows($"""
            SELECT m.story_id, m.article_id, a.title FROM stories s
            JOIN story_articles m ON m.story_id = s.id JOIN articles a ON a.id = m.article_id
            WHERE s.first_seen IS NULL OR ({span.Where})
            ORDER BY a.seq
            """, r => new StoredMember(r.GetString(0), r.GetString(1), r.GetString(2)), span.Parameters));
    }

    public Task<IReadOnlyList<string>> LinkedArticlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellation = default) =>
        Task.FromResult<IReadOnlyList<string>>(Rows("""
            WITH wanted(id) AS (SELECT value FROM json_each($ids))
            SELECT id FROM wanted
            UNION SELECT g.article_id FROM group_articles g WHERE g.group_id IN (
                SELECT m.group_id FROM group_articles m WHERE m.article_id IN (SELECT id FROM wanted))
            UNION SELECT c.article_id FROM claim_fact_articles c WHERE c.claim_id IN (
                SELECT m.claim_id FROM claim_fact_articles m WHERE m.article_id IN (SELECT id FROM wanted))
            """, r => r.GetString(0), ("$ids", JsonSerializer.Serialize(articleIds))));

    public Task<IReadOnlyDictionary<string, string>> GroupIdsOfAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellation = default) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(Rows(
            "SELECT article_id, group_id FROM group_articles WHERE article_id IN (SELECT value FROM json_each($ids))",
            r => (Article: r.GetString(0), Group: r.GetString(1)), ("$ids", JsonSerializer.Serialize(articleIds)))
            .ToDictionary(row => row.Article, row => row.Group, StringComparer.Ordinal));

    public Task<IReadOnlyList<ArticleSummary>> ArticleSummariesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellation = default) =>
        Task.FromResult<IReadOnlyList<ArticleSummary>>(Rows("""
            SELECT a.seq, a.id, a.content_hash, a.source, a.url, a.title, a.outlet, a.outlet_evidence, a.published_value,
                   a.published_precision, a.published_inferred, a.published_evidence, a.published_has_offset, a.byline
            FROM articles a WHERE a.id IN (SELECT value FROM json_each($ids)) ORDER BY a.seq
            """, Summary,
            ("$ids", JsonSerializer.Serialize(ids))));

    private static ArticleSummary Summary(SqliteDataReader reader)
    {
        var article = ReadArticle(reader);
        return new ArticleSummary(article.Id, article.Title, article.Outlet, article.Published);
    }

    public Task<Page<EventView>> TimelineAsync(EventQuery query, CancellationToken cancellation = default)
    {
        var filter = EventFilter(query);
        var parameters = filter.Parameters;
        var size = Math.Clamp(query.Size, 1, 1000);
        var number = Math.Max(1, query.Page);
        var where = $"e.start_day IS NOT NULL AND {filter.Where}";
        var items = Rows($"SELECT e.record FROM events e WHERE {where} ORDER BY e.start_day, e.id LIMIT {size} OFFSET {(number - 1) * size}",
            r => StoredJson.Read<EventView>(r.GetString(0)), parameters);
        return Task.FromResult(new Page<EventView>(items, Scalar($"SELECT count(*) FROM events e WHERE {where}", parameters), number, size));
    }
}
