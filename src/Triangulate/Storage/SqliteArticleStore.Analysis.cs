using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Triangulate.Analysis;
using Triangulate.Facts;
using Triangulate.Ingest;
using Triangulate.Reports;
using Triangulate.Reuse;
using Triangulate.Stories;

namespace Triangulate.Storage;

/// <summary>The analysis results: stories, provenance groups, actors and claims, written as one transaction per update.</summary>
public sealed partial class SqliteArticleStore
{
    public Task SaveAnalysisAsync(AnalysisUpdate update, CancellationToken cancellation = default)
    {
        EnsureWritable();
        using var transaction = _connection.BeginTransaction();
        void Run(string sql, params (string Name, object? Value)[] parameters)
        {
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            command.ExecuteNonQuery();
        }

        Run("INSERT OR REPLACE INTO analysis_meta VALUES ('version', $v), ('next_story_sequence', $n)",
            ("$v", CorpusAnalysis.Version.ToString(CultureInfo.InvariantCulture)), ("$n", update.NextStorySequence.ToString(CultureInfo.InvariantCulture)));
        var scope = JsonSerializer.Serialize(update.Scope);
        if (update.Complete)
            Run("DELETE FROM stories; DELETE FROM story_articles; DELETE FROM provenance_groups; DELETE FROM group_articles;");
        else
            Run("""
                DELETE FROM provenance_groups WHERE id IN (SELECT group_id FROM group_articles WHERE article_id IN (SELECT value FROM json_each($scope)));
                DELETE FROM group_articles WHERE group_id IN (SELECT group_id FROM group_articles WHERE article_id IN (SELECT value FROM json_each($scope)));
                """, ("$scope", scope));
        var gone = JsonSerializer.Serialize(update.RemovedStoryIds.Concat(update.Stories.Select(s => s.Id)));
        Run("DELETE FROM story_articles WHERE story_id IN (SELECT value FROM json_each($ids))", ("$ids", gone));
        Run("DELETE FROM stories WHERE id IN (SELECT value FROM json_each($ids))", ("$ids", JsonSerializer.Serialize(update.RemovedStoryIds)));
        SqliteRows.Insert(transaction, "INSERT OR REPLACE INTO stories", 1, update.Stories,
            s => s.Id, s => s.Title, s => Utc(s.FirstSeen), s => Utc(s.LastSeen), s => s.ArticleIds.Count, s => JsonSerializer.Serialize(s.Outlets), StoredJson.Write);
        SqliteRows.Insert(transaction, "INSERT OR REPLACE INTO story_articles", 1, update.Stories.SelectMany(s => s.ArticleIds.Select(a => (Article: a, Story: s.Id))),
            m => m.Article, m => m.Story);

        var groups = update.Groups.Select(ReportBuilder.ToReport).ToList();
        Run("DELETE FROM group_articles WHERE group_id IN (SELECT value FROM json_each($ids))", ("$ids", JsonSerializer.Serialize(groups.Select(g => g.Id))));
        SqliteRows.Insert(transaction, "INSERT OR REPLACE INTO provenance_groups", 1, groups, g => g.Id, StoredJson.Write);
        SqliteRows.Insert(transaction, "INSERT OR REPLACE INTO group_articles", 1, groups.SelectMany(g => g.Articles.Select(a => (Article: a, Group: g.Id))),
            m => m.Article, m => m.Group);

        if (update.Complete)
            Run("DELETE FROM actors; DELETE FROM actor_names; DELETE FROM actor_articles;");
        else
            Run("""
                DELETE FROM actor_articles WHERE article_id IN (SELECT value FROM json_each($scope));
                DELETE FROM actor_names WHERE actor_id IN (SELECT value FROM json_each($actors));
                DELETE FROM actors WHERE id IN (SELECT value FROM json_each($actors));
                """, ("$scope", scope), ("$actors", JsonSerializer.Serialize(update.Actors.Select(a => a.Id).Concat(update.RemovedActorIds))));
        SqliteRows.Insert(transaction, "INSERT INTO actors", 1, update.Actors, a => a.Id, a => a.Name, a => a.Aliases.Sum(n => n.Count), StoredJson.Write);
        SqliteRows.Insert(transaction, "INSERT OR IGNORE INTO actor_names", 2, update.Actors.SelectMany(a => a.Aliases.Select(n => (n.Name, Actor: a.Id))),
            n => n.Name, n => n.Actor);
        SqliteRows.Insert(transaction, "INSERT OR REPLACE INTO actor_articles", 2, update.ActorArticles, m => m.Actor, m => m.Article, m => StoredJson.Write(m.Mentions));
        SaveFacts(update, scope, transaction, (sql, parameters) => Run(sql, parameters));
        SaveFrequencies(update, transaction, (sql, parameters) => Run(sql, parameters));
        transaction.Commit();
        return Task.CompletedTask;
    }

    /// <summary>A complete update's frequencies replace the stored ones; any other's are added to them.</summary>
    private static void SaveFrequencies(AnalysisUpdate update, SqliteTransaction transaction, Action<string, (string, object?)[]> run)
    {
        if (update.Complete)
            run("DELETE FROM story_frequencies; DELETE FROM analysis_meta WHERE key = 'frequency_documents';", []);
        run("INSERT INTO analysis_meta VALUES ('frequency_documents', $n) ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + $n",
            [("$n", update.Frequencies.Documents)]);
        var table = update.Frequencies;
        SqliteRows.Upsert(transaction, "INSERT INTO story_frequencies", "ON CONFLICT (kind, key) DO UPDATE SET documents = documents + excluded.documents", 2,
            table.Terms.Select(t => (Kind: 0, t.Key, t.Value)).Concat(table.Actors.Select(a => (Kind: 1, a.Key, a.Value))).Concat(table.Numbers.Select(n => (Kind: 2, n.Key, n.Value))),
            f => f.Kind, f => f.Key, f => f.Value);
    }

    public Task<StoryFrequencyTable> StoryFrequenciesAsync(CancellationToken cancellation = default)
    {
        var documents = Rows("SELECT CAST(value AS INTEGER) FROM analysis_meta WHERE key = 'frequency_documents'", r => r.GetInt32(0)).FirstOrDefault();
        var kinds = Enumerable.Range(0, 3).Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        foreach (var (kind, key, count) in Rows("SELECT kind, key, documents FROM story_frequencies", r => (r.GetInt32(0), r.GetString(1), r.GetInt32(2))))
            kinds[kind][key] = count;
        return Task.FromResult(new StoryFrequencyTable(documents, kinds[0], kinds[1], kinds[2]));
    }

    public Task<IReadOnlyList<string>> UnanalysedArticleIdsAsync(CancellationToken cancellation = default) =>
        Task.FromResult<IReadOnlyList<string>>(Rows(
            "SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles m WHERE m.article_id = a.id) ORDER BY a.seq", r => r.GetString(0)));

    public Task<AnalysisState?> AnalysisStateAsync(CancellationToken cancellation = default)
    {
        var meta = Rows("SELECT key, value FROM analysis_meta", r => (Key: r.GetString(0), Value: r.GetString(1))).ToDictionary(m => m.Key, m => m.Value);
        if (!meta.TryGetValue("version", out var version))
            return Task.FromResult<AnalysisState?>(null);
        var stories = Scalar("SELECT count(*) FROM stories");
        var analysed = Scalar("SELECT count(*) FROM story_articles");
        return Task.FromResult<AnalysisState?>(new AnalysisState(
            int.Parse(version, CultureInfo.InvariantCulture), int.Parse(meta["next_story_sequence"], CultureInfo.InvariantCulture), stories, analysed));
    }

    public Task<Page<StoryView>> StoriesAsync(StoryQuery query, CancellationToken cancellation = default)
    {
        const string Where = """
            ($text IS NULL OR title LIKE '%' || $text || '%')
            AND ($from IS NULL OR last_seen >= $from) AND ($to IS NULL OR first_seen <= $to)
            AND ($outlets IS NULL OR EXISTS (SELECT 1 FROM json_each(outlets) WHERE value COLLATE NOCASE IN (SELECT value FROM json_each($outlets))))
            AND ($type IS NULL OR EXISTS (SELECT 1 FROM events e WHERE e.story_id = stories.id AND e.type = $type COLLATE NOCASE))
            """;
        var parameters = new (string, object?)[] { ("$text", query.Text), ("$from", Utc(query.From)), ("$to", Utc(query.To)), ("$outlets", OutletNames(query.Outlet)), ("$type", query.EventType) };
        var size = Math.Clamp(query.Size, 1, 1000);
        var number = Math.Max(1, query.Page);
        var total = Scalar($"SELECT count(*) FROM stories WHERE {Where}", parameters);
        var items = Rows($"SELECT record FROM stories WHERE {Where} ORDER BY article_count DESC, first_seen, id LIMIT {size} OFFSET {(number - 1) * size}",
            r => StoredJson.Read<StoryView>(r.GetString(0)), parameters);
        return Task.FromResult(new Page<StoryView>(items, total, number, size));
    }

    public Task<StoryView?> StoryAsync(string idOrPrefix, CancellationToken cancellation = default)
    {
        var wanted = "story-" + idOrPrefix.Replace("story-", "", StringComparison.Ordinal).ToLowerInvariant();
        // Story ids all have one length, so a whole id is the prefix of no other: one match is the answer, two are ambiguous.
        var matches = Rows("SELECT record FROM stories WHERE id >= $p AND id < $p || '~' LIMIT 2", r => r.GetString(0), ("$p", wanted));
        return Task.FromResult(matches.Count == 1 ? StoredJson.Read<StoryView>(matches[0]) : null);
    }

    public Task<IReadOnlyList<StoryView>> StoriesOfAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellation = default) =>
        Task.FromResult<IReadOnlyList<StoryView>>(Rows("""
            SELECT s.record FROM stories s WHERE s.id IN (
                SELECT m.story_id FROM story_articles m WHERE m.article_id IN (SELECT value FROM json_each($ids)))
            ORDER BY s.article_count DESC, s.first_seen, s.id
            """, r => StoredJson.Read<StoryView>(r.GetString(0)), ("$ids", JsonSerializer.Serialize(articleIds))));

    public Task<ReportProvenanceGroup?> GroupOfAsync(string articleId, CancellationToken cancellation = default) =>
        Task.FromResult(Rows("SELECT g.record FROM group_articles m JOIN provenance_groups g ON g.id = m.group_id WHERE m.article_id = $a",
            r => StoredJson.Read<ReportProvenanceGroup>(r.GetString(0)), ("$a", articleId)).FirstOrDefault());

    public Task<Page<Actor>> ActorsAsync(int page, int size, CancellationToken cancellation = default)
    {
        size = Math.Clamp(size, 1, 1000);
        page = Math.Max(1, page);
        var items = Rows($"SELECT record FROM actors ORDER BY mentions DESC, name LIMIT {size} OFFSET {(page - 1) * size}", r => StoredJson.Read<Actor>(r.GetString(0)));
        return Task.FromResult(new Page<Actor>(items, Scalar("SELECT count(*) FROM actors"), page, size));
    }

    public Task<IReadOnlyList<Actor>> ActorsNamedAsync(string name, CancellationToken cancellation = default)
    {
        var exact = Rows("SELECT a.record FROM actor_names n JOIN actors a ON a.id = n.actor_id WHERE n.name = $n ORDER BY a.mentions DESC, a.name",
            r => StoredJson.Read<Actor>(r.GetString(0)), ("$n", name));
        if (exact.Count > 0)
            return Task.FromResult<IReadOnlyList<Actor>>(exact);
        var byWord = Rows("""
            SELECT DISTINCT a.record, a.mentions, a.name FROM actor_names n JOIN actors a ON a.id = n.actor_id
            WHERE (' ' || n.name || ' ') LIKE '% ' || $n || ' %' ORDER BY a.mentions DESC, a.name LIMIT 20
            """, r => StoredJson.Read<Actor>(r.GetString(0)), ("$n", name));
        return Task.FromResult<IReadOnlyList<Actor>>(byWord);
    }

    public Task<IReadOnlyList<ActorArticle>> MentionsAsync(string actorId, int limit, CancellationToken cancellation = default) =>
        Task.FromResult<IReadOnlyList<ActorArticle>>(Rows(
            $"SELECT m.article_id, m.mentions FROM actor_articles m JOIN articles a ON a.id = m.article_id WHERE m.actor_id = $id ORDER BY a.seq LIMIT {Math.Max(1, limit)}",
            r => new ActorArticle(actorId, r.GetString(0), StoredJson.Read<List<Text.Evidence>>(r.GetString(1))), ("$id", actorId)));

    private static string? Utc(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// The stored outlet names an outlet filter means, as a JSON array: the name as given (in any case) and every stored
    /// outlet <see cref="NewsAgencies"/> holds the same, so "MPA" finds "Meridian Press Agency"'s stories.
    /// </summary>
    private string? OutletNames(string? outlet) => outlet is null
        ? null
        : JsonSerializer.Serialize(Rows("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL", r => r.GetString(0))
            .Where(name => NewsAgencies.Same(name, outlet)).Prepend(outlet));

    private int Scalar(string sql, params (string Name, object? Value)[] parameters) =>
        Rows(sql, r => r.GetInt32(0), parameters)[0];

    private List<T> Rows<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
            rows.Add(read(reader));
        return rows;
    }
}
