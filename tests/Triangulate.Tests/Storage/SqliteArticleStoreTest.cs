using Microsoft.Data.Sqlite;
using Triangulate.Ingest;
using Triangulate.Storage;

namespace Triangulate.Tests.Storage;

public class SqliteArticleStoreTest : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DatabasePath => Path.Combine(_folder.Path, "test.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private static Article Sample(string id, string source = "wire/kell.txt", string title = "Flood barrier gives way in Kell") => new(
        Id: id,
        ContentHash: "hash-" + id,
        Source: source,
        Url: "https://mpa.example/kell",
        Title: title,
        Outlet: new Outlet("MPA", "closing signature \"MPA\""),
        Published: new PublicationTime(new DateTimeOffset(2026, 6, 9, 14, 5, 0, TimeSpan.FromHours(2)), TimePrecision.Minute, false, "meta article:published_time"),
        Credits: ["MPA", "AFP"],
        Byline: "Dara Quill",
        Body: ["A flood barrier on the Sarn river gave way on Tuesday. Gov. Ilse Marren said crews would work through the night.", "Café owners in Kell counted the damage."],
        Removed: [new RemovedLine("Residents wade through the market. (Dara Quill/MPA)", "caption")]);

    [Fact]
    public void EveryFieldSurvivesARoundTripThroughTheFile()
    {
        var article = Sample("a1b2c3d4e5f60718");
        using (var store = SqliteArticleStore.Open(DatabasePath))
            store.Add([article]);

        using var reopened = SqliteArticleStore.Open(DatabasePath);
        var stored = Assert.Single(reopened.Articles());

        Assert.Equal(article with { Credits = [], Body = [], Removed = [] }, stored with { Credits = [], Body = [], Removed = [] });
        Assert.Equal(article.Credits, stored.Credits);
        Assert.Equal(article.Body, stored.Body);
        Assert.Equal(article.Removed, stored.Removed);
        Assert.Equal("2026-06-09T14:05+02:00", stored.Published!.ToIso());
    }

    [Fact]
    public void AddingTheSameArticlesAgainChangesNothing()
    {
        using var store = SqliteArticleStore.Open(DatabasePath);
        Assert.Equal(new BatchResult(2, 0), store.Add([Sample("1111aaaa"), Sample("2222bbbb", "wire/ferry.txt")]));
        Assert.Equal(new BatchResult(0, 2), store.Add([Sample("1111aaaa"), Sample("2222bbbb", "wire/ferry.txt")]));
        Assert.Equal(2, store.Articles().Count);
    }

    [Fact]
    public void AFailingBatchLeavesEarlierBatchesAndAddsNothingOfItself()
    {
        using var store = SqliteArticleStore.Open(DatabasePath);
        store.Add([Sample("1111aaaa")]);

        var broken = Sample("3333cccc", "wire/broken.txt") with { Title = null! };
        Assert.ThrowsAny<Exception>(() => store.Add([Sample("2222bbbb", "wire/ferry.txt"), broken]));

        Assert.Equal(["1111aaaa"], store.Articles().Select(a => a.Id));
        Assert.Single(store.Search("Sarn"));
    }

    [Fact]
    public void TheFileIsInWalMode()
    {
        using (SqliteArticleStore.Open(DatabasePath)) { }
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void SearchFindsSentencesAndMarksTheMatch()
    {
        using var store = SqliteArticleStore.Open(DatabasePath);
        store.Add([Sample("1111aaaa")]);

        var hit = Assert.Single(store.Search("crews night"));

        Assert.Equal("1111aaaa", hit.ArticleId);
        Assert.Contains($"{SqliteArticleStore.MatchStart}crews{SqliteArticleStore.MatchEnd}", hit.Snippet);
        Assert.Single(store.Search("cafe"));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("AND OR NOT")]
    [InlineData("NEAR(")]
    [InlineData("*")]
    [InlineData("barrier\" OR \"x")]
    [InlineData("ʕ•ᴥ•ʔ")]
    public void HostileQueriesAreSearchedAsPlainWords(string query)
    {
        using var store = SqliteArticleStore.Open(DatabasePath);
        store.Add([Sample("1111aaaa")]);

        var hits = store.Search(query);

        Assert.True(hits.Count <= 1);
    }

    [Fact]
    public void AUniquePrefixFindsAnArticleAndAnAmbiguousOneDoesNot()
    {
        using var store = SqliteArticleStore.Open(DatabasePath);
        store.Add([Sample("abcd1111"), Sample("abcd2222", "wire/ferry.txt"), Sample("ef001234", "wire/dam.txt")]);

        Assert.Equal("ef001234", store.Find("ef00")?.Id);
        Assert.Equal("abcd2222", store.Find("abcd2222")?.Id);
        Assert.Null(store.Find("abcd"));
        Assert.Null(store.Find("ab"));
    }

    [Fact]
    public void AReaderNeverCreatesAStore()
    {
        var error = Assert.Throws<StoreUnavailableException>(() => SqliteArticleStore.Open(DatabasePath, StoreOpenMode.ReadOnly));

        Assert.Contains(DatabasePath, error.Message);
        Assert.False(File.Exists(DatabasePath));
    }

    [Fact]
    public void AReaderReadsButCannotWrite()
    {
        using (var writer = SqliteArticleStore.Open(DatabasePath))
            writer.Add([Sample("1111aaaa")]);

        using var reader = SqliteArticleStore.Open(DatabasePath, StoreOpenMode.ReadOnly);

        Assert.Single(reader.Articles());
        var error = Assert.Throws<SqliteException>(() => reader.Add([Sample("2222bbbb", "wire/ferry.txt")]));
        Assert.Equal(8, error.SqliteErrorCode); // SQLITE_READONLY
    }

    [Fact]
    public void AReaderRefusesAnSqliteFileThatHoldsNoStore()
    {
        using (var connection = new SqliteConnection($"Data Source={DatabasePath}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE notes (text TEXT)";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<StoreUnavailableException>(() => SqliteArticleStore.Open(DatabasePath, StoreOpenMode.ReadOnly));

        Assert.Contains("holds no Triangulate store", error.Message);
    }
}
