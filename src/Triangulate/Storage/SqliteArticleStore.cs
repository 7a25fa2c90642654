using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Triangulate.Ingest;
using Triangulate.Text;

namespace Triangulate.Storage;

/// <summary>
/// The default store: one SQLite file in WAL mode. Each batch is one transaction with prepared statements, so a
/// crash loses at most the batch in flight; UNIQUE(source, content_hash) makes re-ingesting a no-op. Sentences are
/// indexed with FTS5 for <see cref="SearchAsync"/>. Microsoft.Data.Sqlite has no true asynchronous I/O, so the
/// asynchronous methods complete before they return.
/// </summary>
public sealed partial class SqliteArticleStore : IArticleStore
{
    private readonly SqliteConnection _connection;
    private readonly bool _readOnly;

    private SqliteArticleStore(SqliteConnection connection, bool readOnly)
    {
        _connection = connection;
        _readOnly = readOnly;
    }

    static SqliteArticleStore() => SQLitePCL.Batteries_V2.Init();

    /// <summary>
    /// Opens the store at <paramref name="path"/>. A writer creates the file and its schema when needed; a reader
    /// opens an existing store read-only and never creates or migrates one.
    /// </summary>
    public static SqliteArticleStore Open(string path, StoreOpenMode mode = StoreOpenMode.ReadWriteCreate)
    {
        if (mode == StoreOpenMode.ReadWriteCreate)
            return Connect(path, SqliteOpenMode.ReadWriteCreate, connection =>
            {
                // 8 KB pages (a new file's; an existing file keeps its own): an event or claim record is 1-2 KB of
                // JSON, which left 4 KB pages mostly empty or spilled into overflow pages (the whole corpus's events
                // took 166 MB in 4 KB pages, 100 MB in 8 KB ones, and stored in two thirds of the time).
                Execute(connection, "PRAGMA page_size=8192; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
                Migrate(connection);
            });
        if (!File.Exists(path))
            throw new StoreUnavailableException($"there is no store at {path}");
        try
        {
            return Connect(path, SqliteOpenMode.ReadOnly, connection => CheckSchema(connection, path));
        }
        catch (SqliteException error) when (error.SqliteErrorCode is 8 or 14)
        {
            // A WAL store in a folder we may not write to: its shared-memory file cannot be made, so read the file as it is.
            var uri = new Uri(Path.GetFullPath(path)).AbsoluteUri + "?immutable=1";
            return Connect(uri, SqliteOpenMode.ReadOnly, connection => CheckSchema(connection, path));
        }
    }

    private static SqliteArticleStore Connect(string dataSource, SqliteOpenMode mode, Action<SqliteConnection> prepare)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dataSource, Pooling = false, Mode = mode }.ToString());
        try
        {
            connection.Open();
            // A page cache of up to 128 MB: the analysis tables are keyed by hashes, so a corpus's rows land all over
            // their B-trees, and SQLite's default 2 MB cache sent most page touches to the file.
            Execute(connection, "PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA cache_size=-131072; PRAGMA temp_store=MEMORY;");
            prepare(connection);
            return new SqliteArticleStore(connection, mode == SqliteOpenMode.ReadOnly);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public Task<BatchResult> AddAsync(IReadOnlyList<Article> batch, CancellationToken cancellation = default)
    {
        EnsureWritable();
        cancellation.ThrowIfCancellationRequested();
        using var transaction = _connection.BeginTransaction();
        using var insert = new BatchCommands(_connection, transaction);
        int added = 0, alreadyStored = 0;
        foreach (var article in batch)
        {
            if (insert.Article(article) is { } seq)
            {
                insert.Children(seq, article);
                added++;
            }
            else
            {
                alreadyStored++;
            }
        }
        transaction.Commit();
        return Task.FromResult(new BatchResult(added, alreadyStored));
    }

    public Task<Article?> FindAsync(string idOrPrefix, CancellationToken cancellation = default)
    {
        if (idOrPrefix.Length < 4)
            return Task.FromResult<Article?>(null);
        var matches = Load("a.id >= $prefix AND a.id < $prefix || '~'", idOrPrefix.ToLowerInvariant(), limit: 2);
        var exact = matches.FirstOrDefault(article => article.Id == idOrPrefix);
        return Task.FromResult(exact ?? (matches.Count == 1 ? matches[0] : null));
    }

    public Task<int> ArticleCountAsync(CancellationToken cancellation = default) => Task.FromResult(Scalar("SELECT count(*) FROM articles"));

    public Task<Page<Article>> ArticlesAsync(int page, int size, CancellationToken cancellation = default)
    {
        size = Math.Clamp(size, 1, 100_000);
        page = Math.Max(1, page);
        var bounds = Rows($"SELECT min(seq), max(seq) FROM (SELECT seq FROM articles ORDER BY seq LIMIT {size} OFFSET {(long)(page - 1) * size})",
            r => r.IsDBNull(0) ? ((long, long)?)null : (r.GetInt64(0), r.GetInt64(1)))[0];
        var items = bounds is var (first, last) ? Load($"a.seq BETWEEN {first} AND {last}", null, limit: -1) : [];
        return Task.FromResult(new Page<Article>(items, Scalar("SELECT count(*) FROM articles"), page, size));
    }

    public Task<IReadOnlyList<Article>> ArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellation = default)
    {
        var seqs = Rows("SELECT seq FROM articles WHERE id IN (SELECT value FROM json_each($ids)) ORDER BY seq",
            r => r.GetInt64(0), ("$ids", JsonSerializer.Serialize(ids)));
        var articles = new List<Article>(seqs.Count);
        // Consecutive runs of sequence numbers load as one range each.
        for (var i = 0; i < seqs.Count;)
        {
            var j = i;
            while (j + 1 < seqs.Count && seqs[j + 1] == seqs[j] + 1)
                j++;
            articles.AddRange(Load($"a.seq BETWEEN {seqs[i]} AND {seqs[j]}", null, limit: -1));
            i = j + 1;
        }
        return Task.FromResult<IReadOnlyList<Article>>(articles);
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit = 20, CancellationToken cancellation = default)
    {
        var match = FtsQuery(query);
        if (match.Length == 0)
            return Task.FromResult<IReadOnlyList<SearchHit>>([]);
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT a.id, a.title, s.paragraph, snippet(sentence_search, 0, '{SearchHit.MatchStart}', '{SearchHit.MatchEnd}', '…', 24), bm25(sentence_search)
            FROM sentence_search
            JOIN sentences s ON s.rowid = sentence_search.rowid
            JOIN articles a ON a.seq = s.article_seq
            WHERE sentence_search MATCH $match
            ORDER BY bm25(sentence_search)
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", limit);
        var hits = new List<SearchHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetDouble(4)));
        return Task.FromResult<IReadOnlyList<SearchHit>>(hits);
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>A store opened read-only refuses to write before it touches the file, the same way on every backend.</summary>
    private void EnsureWritable()
    {
        if (_readOnly)
            throw new StoreReadOnlyException("the store is open read-only; only ingest, run and analyze write to it");
    }

    /// <summary>User words as quoted FTS5 terms joined by AND: quotes, operators and brackets in the query are plain text, never syntax.</summary>
    internal static string FtsQuery(string query)
    {
        var terms = new List<string>();
        var word = new StringBuilder();
        foreach (var c in query + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }
            if (word.Length > 0)
                terms.Add("\"" + word + "\"");
            word.Clear();
        }
        return string.Join(" AND ", terms);
    }

    private IReadOnlyList<Article> Load(string where, string? prefix, int limit)
    {
        var rows = new List<(long Seq, Article Article)>();
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT a.seq, a.id, a.content_hash, a.source, a.url, a.title, a.outlet, a.outlet_evidence, a.published_value,
                       a.published_precision, a.published_inferred, a.published_evidence, a.published_has_offset, a.byline
                FROM articles a WHERE {where} ORDER BY a.seq LIMIT {limit}
                """;
            if (prefix is not null)
                command.Parameters.AddWithValue("$prefix", prefix);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                rows.Add((reader.GetInt64(0), ReadArticle(reader)));
        }
        if (rows.Count == 0)
            return [];

        var first = rows[0].Seq;
        var last = rows[^1].Seq;
        var credits = Children(first, last, "SELECT article_seq, agency FROM credits WHERE article_seq BETWEEN $first AND $last ORDER BY article_seq, idx", r => r.GetString(1));
        var paragraphs = Children(first, last, "SELECT article_seq, text FROM paragraphs WHERE article_seq BETWEEN $first AND $last ORDER BY article_seq, idx", r => r.GetString(1));
        var removed = Children(first, last, "SELECT article_seq, text, reason FROM removed_lines WHERE article_seq BETWEEN $first AND $last ORDER BY article_seq, idx",
            r => new RemovedLine(r.GetString(1), r.GetString(2)));
        return rows.Select(row => row.Article with
        {
            Credits = credits.GetValueOrDefault(row.Seq) ?? [],
            Body = paragraphs.GetValueOrDefault(row.Seq) ?? [],
            Removed = removed.GetValueOrDefault(row.Seq) ?? [],
        }).ToList();
    }

    private Dictionary<long, List<T>> Children<T>(long first, long last, string sql, Func<SqliteDataReader, T> read)
    {
        var children = new Dictionary<long, List<T>>();
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$first", first);
        command.Parameters.AddWithValue("$last", last);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var seq = reader.GetInt64(0);
            if (!children.TryGetValue(seq, out var list))
                children[seq] = list = [];
            list.Add(read(reader));
        }
        return children;
    }

    private static Article ReadArticle(SqliteDataReader reader)
    {
        string? Text(int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
        var outlet = Text(6) is { } name ? new Outlet(name, Text(7) ?? "") : null;
        var published = Text(8) is { } value
            ? new PublicationTime(
                DateTimeOffset.Parse(value, CultureInfo.InvariantCulture),
                (TimePrecision)reader.GetInt32(9),
                reader.GetInt32(10) != 0,
                Text(11) ?? "",
                reader.GetInt32(12) != 0)
            : null;
        return new Article(reader.GetString(1), reader.GetString(2), reader.GetString(3), Text(4), reader.GetString(5), outlet, published, [], Text(13), [], []);
    }

    /// <summary>
    /// Brings the schema up to date. Each step reads the version inside its own immediate (write-locking)
    /// transaction, so two processes making a new store at once migrate it once, one after the other.
    /// </summary>
    private static void Migrate(SqliteConnection connection)
    {
        while (true)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var current = SchemaVersion(connection, transaction);
            if (current > SqliteSchema.Migrations.Length)
                throw new StoreUnavailableException($"the store was written by a newer Triangulate (schema {current}, this one knows {SqliteSchema.Migrations.Length})");
            if (current == SqliteSchema.Migrations.Length)
                return;
            Execute(connection, SqliteSchema.Migrations[current], transaction);
            Execute(connection, $"PRAGMA user_version = {current + 1}", transaction);
            transaction.Commit();
        }
    }

    private static void CheckSchema(SqliteConnection connection, string path)
    {
        var current = SchemaVersion(connection, null);
        if (current == 0)
            throw new StoreUnavailableException($"{path} is an SQLite file but holds no Triangulate store");
        if (current != SqliteSchema.Migrations.Length)
            throw new StoreUnavailableException(current > SqliteSchema.Migrations.Length
                ? $"the store was written by a newer Triangulate (schema {current}, this one knows {SqliteSchema.Migrations.Length})"
                : $"the store has an older schema ({current} of {SqliteSchema.Migrations.Length}); `triangulate ingest` upgrades it");
    }

    private static int SchemaVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var version = connection.CreateCommand();
        version.Transaction = transaction;
        version.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(version.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// The prepared statements of one batch, parameters rebound per row. An article's paragraphs, sentences, credits
    /// and removed lines go in as one JSON array each (json_each), so a row costs SQLite work, not a statement call.
    /// </summary>
    private sealed class BatchCommands : IDisposable
    {
        private readonly SqliteCommand _article;
        private readonly SqliteCommand _credits;
        private readonly SqliteCommand _paragraphs;
        private readonly SqliteCommand _removed;
        private readonly SqliteCommand _sentences;
        private readonly SqliteCommand _search;

        public BatchCommands(SqliteConnection connection, SqliteTransaction transaction)
        {
            _article = Prepare(connection, transaction, """
                INSERT INTO articles (id, content_hash, source, url, title, outlet, outlet_evidence, published_value, published_precision,
                    published_inferred, published_evidence, published_has_offset, byline)
                VALUES ($id, $hash, $source, $url, $title, $outlet, $outlet_evidence, $published, $precision, $inferred, $evidence, $offset, $byline)
                ON CONFLICT DO NOTHING RETURNING seq
                """, "$id", "$hash", "$source", "$url", "$title", "$outlet", "$outlet_evidence", "$published", "$precision", "$inferred", "$evidence", "$offset", "$byline");
            _credits = Prepare(connection, transaction,
                "INSERT INTO credits SELECT $seq, key, value FROM json_each($json)", "$seq", "$json");
            _paragraphs = Prepare(connection, transaction,
                "INSERT INTO paragraphs SELECT $seq, key, value FROM json_each($json)", "$seq", "$json");
            _removed = Prepare(connection, transaction,
                "INSERT INTO removed_lines SELECT $seq, key, value ->> 0, value ->> 1 FROM json_each($json)", "$seq", "$json");
            _sentences = Prepare(connection, transaction,
                "INSERT INTO sentences (article_seq, paragraph, start, length, text) SELECT $seq, value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each($json)",
                "$seq", "$json");
            _search = Prepare(connection, transaction,
                "INSERT INTO sentence_search (rowid, text) SELECT rowid, text FROM sentences WHERE article_seq = $seq", "$seq");
        }

        /// <summary>Inserts the article row; its sequence number, or null when the same article is already stored.</summary>
        public long? Article(Article article)
        {
            var published = article.Published;
            Bind(_article, article.Id, article.ContentHash, article.Source, article.Url, article.Title, article.Outlet?.Name, article.Outlet?.Evidence,
                published?.Value.ToString("o", CultureInfo.InvariantCulture), published is null ? null : (int)published.Precision,
                published is null ? null : published.Inferred ? 1 : 0, published?.Evidence, published is null ? null : published.HasOffset ? 1 : 0, article.Byline);
            return _article.ExecuteScalar() is long seq ? seq : null;
        }

        public void Children(long seq, Article article)
        {
            Run(_credits, seq, JsonSerializer.Serialize(article.Credits));
            Run(_paragraphs, seq, JsonSerializer.Serialize(article.Body));
            Run(_removed, seq, JsonSerializer.Serialize(article.Removed.Select(line => new[] { line.Text, line.Reason })));
            var sentences = new List<object[]>();
            for (var p = 0; p < article.Body.Count; p++)
            {
                var paragraph = article.Body[p];
                foreach (var sentence in SentenceSplitter.Split(paragraph))
                    sentences.Add([p, sentence.Start, sentence.Length, paragraph.Substring(sentence.Start, sentence.Length)]);
            }
            Run(_sentences, seq, JsonSerializer.Serialize(sentences));
            Run(_search, seq);
        }

        public void Dispose()
        {
            foreach (var command in new[] { _article, _credits, _paragraphs, _removed, _sentences, _search })
                command.Dispose();
        }

        private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var name in parameters)
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            command.Prepare();
            return command;
        }

        private static void Bind(SqliteCommand command, params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        private static void Run(SqliteCommand command, params object?[] values)
        {
            Bind(command, values);
            command.ExecuteNonQuery();
        }
    }
}
