using Triangulate.Facts;
using Triangulate.Events;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Triangulate.Analysis;

namespace Triangulate.Storage;

/// <summary>The story-level facts: merged events and claims with their support, and each article's attributions.</summary>
public sealed partial class SqliteArticleStore
{
    /// <summary>The conditions of an event query that it sets.</summary>
    private static SqlFilter EventFilter(EventQuery query) => new SqlFilter()
        .Add(query.Story, "$story", "e.story_id = $story")
        .Add(query.Type, "$type", "e.type = $type COLLATE NOCASE")
        .Add(Day(query.From), "$from", "coalesce(e.end_day, e.start_day) >= $from")
        .Add(Day(query.To), "$to", "e.start_day <= $to")
        .Add(query.Actor, "$actor", "e.id IN (SELECT x.event_id FROM event_actors x WHERE x.actor = $actor OR x.actor IN (SELECT n.actor_id FROM actor_names n WHERE n.name = $actor))")
        .Add(query.Article, "$article", "e.id IN (SELECT m.event_id FROM event_articles m WHERE m.article_id = $article)");

    public Task<Page<EventView>> EventsAsync(EventQuery query, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = EventFilter(query);
        var (where, parameters) = (filter.Where, filter.Parameters);
        var size = Math.Clamp(query.Size, 1, 1000);
        var number = Math.Max(1, query.Page);
        var total = Scalar($"SELECT count(*) FROM events e WHERE {where}", parameters);
        var items = Rows($"SELECT e.record FROM events e WHERE {where} ORDER BY e.origins DESC, e.articles DESC, e.start_day, e.id LIMIT {size} OFFSET {(number - 1) * size}",
            r => StoredJson.Read<EventView>(r.GetString(0)), parameters);
        return Task.FromResult(new Page<EventView>(items, total, number, size));
    }

    public Task<EventView?> EventAsync(string id, CancellationToken cancellation = default) =>
        Task.FromResult(Rows("SELECT record FROM events WHERE id = $id", r => StoredJson.Read<EventView>(r.GetString(0)), ("$id", id)).FirstOrDefault());

    /// <summary>The conditions of a claim query that it sets.</summary>
    private SqlFilter ClaimFilter(ClaimQuery query) => new SqlFilter()
        .Add(query.Minimum, "$min", "coalesce(c.value, 0) >= $min")
        .Add(query.Text, "$text", "c.record LIKE '%' || $text || '%'")
        .Add(query.Story, "$story", "c.id IN (SELECT m.claim_id FROM story_articles s JOIN claim_fact_articles m ON m.article_id = s.article_id WHERE s.story_id = $story)")
        .Add(OutletNames(query.Outlet), "$outlets",
            "c.id IN (SELECT m.claim_id FROM articles a JOIN claim_fact_articles m ON m.article_id = a.id WHERE a.outlet COLLATE NOCASE IN (SELECT value FROM json_each($outlets)))")
        .Add(Day(query.From), "$from", "c.record ->> '$.about' >= $from")
        .Add(Day(query.To), "$to", "c.record ->> '$.about' <= $to");

    public Task<Page<ClaimView>> ClaimFactsAsync(ClaimQuery query, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = ClaimFilter(query);
        var (where, parameters) = (filter.Where, filter.Parameters);
        var size = Math.Clamp(query.Size, 1, 1000);
        var number = Math.Max(1, query.Page);
        var items = Rows($"SELECT c.record FROM claim_facts c WHERE {where} ORDER BY c.origins DESC, c.articles DESC, c.id LIMIT {size} OFFSET {(number - 1) * size}",
            r => StoredJson.Read<ClaimView>(r.GetString(0)), parameters);
        return Task.FromResult(new Page<ClaimView>(items, Scalar($"SELECT count(*) FROM claim_facts c WHERE {where}", parameters), number, size));
    }

    public Task<IReadOnlyList<ClaimView>> ClaimFactsOfAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellation = default) =>
        Task.FromResult<IReadOnlyList<ClaimView>>(Rows("""
            SELECT c.record FROM claim_facts c WHERE c.id IN (
                SELECT m.claim_id FROM claim_fact_articles m WHERE m.article_id IN (SELECT value FROM json_each($ids)))
            ORDER BY c.origins DESC, c.articles DESC, c.id
            """, r => StoredJson.Read<ClaimView>(r.GetString(0)), ("$ids", JsonSerializer.Serialize(articleIds))));

    public Task<IReadOnlyList<AttributionView>> AttributionsOfAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellation = default) =>
        Task.FromResult<IReadOnlyList<AttributionView>>(Rows("""
            SELECT a.record FROM attributions a JOIN articles s ON s.id = a.article_id
            WHERE a.article_id IN (SELECT value FROM json_each($ids)) ORDER BY s.seq
            """, r => StoredJson.Read<List<AttributionView>>(r.GetString(0)), ("$ids", JsonSerializer.Serialize(articleIds))).SelectMany(list => list).ToList());

    /// <summary>Writes the facts of an update inside its transaction; a complete update replaces every stored fact, any
    /// other the facts of its stories and of its scope's articles.</summary>
    private static void SaveFacts(AnalysisUpdate update, string scope, SqliteTransaction transaction, Action<string, (string, object?)[]> run)
    {
        if (update.Complete)
            run("DELETE FROM events; DELETE FROM event_articles; DELETE FROM event_actors; DELETE FROM attributions;", []);
        else
            run("""
                DELETE FROM event_articles WHERE event_id IN (SELECT id FROM events WHERE story_id IN (SELECT value FROM json_each($ids)));
                DELETE FROM event_actors WHERE event_id IN (SELECT id FROM events WHERE story_id IN (SELECT value FROM json_each($ids)));
                DELETE FROM events WHERE story_id IN (SELECT value FROM json_each($ids));
                """, [("$ids", JsonSerializer.Serialize(update.RemovedStoryIds.Concat(update.Stories.Select(s => s.Id))))]);
        SqliteRows.Insert(transaction, "INSERT OR REPLACE INTO events", 1, update.Events,
            e => e.Id, e => e.Story, e => e.Type, e => Day(e.Time?.Start), e => Day(e.Time?.End), e => e.IndependentOrigins, e => e.Articles.Count, StoredJson.Write);
        SqliteRows.Insert(transaction, "INSERT OR IGNORE INTO event_articles", 2, update.Events.SelectMany(e => e.Articles.Select(a => (Article: a, Event: e.Id))),
            m => m.Article, m => m.Event);
        SqliteRows.Insert(transaction, "INSERT OR IGNORE INTO event_actors", 2, update.Events.SelectMany(e => e.Participants
                .SelectMany(p => p.Actor is { } actor ? new[] { actor, p.Name } : [p.Name]).Distinct().Select(actor => (Actor: actor, Event: e.Id))),
            m => m.Actor, m => m.Event);

        if (update.Complete)
            run("DELETE FROM claim_facts; DELETE FROM claim_fact_articles;", []);
        else
            run("""
                DELETE FROM claim_facts WHERE id IN (SELECT claim_id FROM claim_fact_articles WHERE article_id IN (SELECT value FROM json_each($scope)));
                DELETE FROM claim_fact_articles WHERE claim_id IN (SELECT claim_id FROM claim_fact_articles WHERE article_id IN (SELECT value FROM json_each($scope)));
                DELETE FROM attributions WHERE article_id IN (SELECT value FROM json_each($scope));
                """, [("$scope", scope)]);
        SqliteRows.Insert(transaction, "INSERT OR REPLACE INTO claim_facts", 1, update.ClaimFacts,
            c => c.Id, c => c.Value, c => c.IndependentOrigins, c => c.Articles.Count, StoredJson.Write);
        SqliteRows.Insert(transaction, "INSERT OR IGNORE INTO claim_fact_articles", 2, update.ClaimFacts.SelectMany(c => c.Articles.Select(a => (Article: a, Claim: c.Id))),
            m => m.Article, m => m.Claim);
        SqliteRows.Insert(transaction, "INSERT OR REPLACE INTO attributions", 1, update.Attributions.GroupBy(a => a.Article),
            g => g.Key, g => StoredJson.Write(g.ToList()));
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
