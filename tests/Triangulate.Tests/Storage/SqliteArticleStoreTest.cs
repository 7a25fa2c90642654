using Microsoft.Data.Sqlite;
using Triangulate.Storage;

namespace Triangulate.Tests.Storage;

/// <summary>What only the SQLite backend promises (the shared contract is in <see cref="ArticleStoreContract"/>), and how a store is named.</summary>
public class SqliteArticleStoreTest : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DatabasePath => Path.Combine(_folder.Path, "test.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public void TheFileIsInWalMode()
    {
        using (ArticleStores.Open(DatabasePath)) { }
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void AReaderNamesTheMissingStore()
    {
        var error = Assert.Throws<StoreUnavailableException>(() => ArticleStores.Open(DatabasePath, StoreOpenMode.ReadOnly));

        Assert.Contains(DatabasePath, error.Message);
        Assert.False(File.Exists(DatabasePath));
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

        var error = Assert.Throws<StoreUnavailableException>(() => ArticleStores.Open(DatabasePath, StoreOpenMode.ReadOnly));

        Assert.Contains("holds no Triangulate store", error.Message);
    }

    [Theory]
    [InlineData("corpus.db", "corpus.db")]
    [InlineData("/srv/news/corpus.db", "/srv/news/corpus.db")]
    [InlineData("Data Source=corpus.db", "corpus.db")]
    [InlineData("data source = /srv/news/corpus.db; Cache=Shared", "/srv/news/corpus.db")]
    [InlineData("Filename=corpus.db", "corpus.db")]
    [InlineData("sqlite:corpus.db", "corpus.db")]
    [InlineData("sqlite:///srv/news/corpus%20copy.db", "/srv/news/corpus copy.db")]
    [InlineData(@"C:\news\corpus.db", @"C:\news\corpus.db")]
    [InlineData("runs/a=b.db", "runs/a=b.db")]
    public void APathOrAnSqliteConnectionStringNamesTheFile(string connection, string file) =>
        Assert.Equal(file, ArticleStores.SqlitePathOf(connection));

    [Theory]
    [InlineData("postgres://news@db.example/corpus", "PostgreSQL")]
    [InlineData("Host=db.example;Database=corpus", "Host=")]
    [InlineData("mongodb://db.example/corpus", "unknown store scheme \"mongodb:\"")]
    [InlineData("Password=secret", "names no store")]
    [InlineData(" ", "no store named")]
    public void AnythingElseIsRefusedWithAMessageSayingWhatWorks(string connection, string reason)
    {
        var error = Assert.Throws<StoreUnavailableException>(() => ArticleStores.Open(connection, StoreOpenMode.ReadOnly));

        Assert.Contains(reason, error.Message);
        Assert.Contains("Data Source=", error.Message);
    }

    [Fact]
    public async Task AStoreOpenedByConnectionStringIsTheStoreAtThatPath()
    {
        using (var writer = ArticleStores.Open($"Data Source={DatabasePath}"))
            await writer.AddAsync([ArticleStoreContract.Sample("1111aaaa")], TestContext.Current.CancellationToken);

        using var reader = ArticleStores.Open("sqlite://" + DatabasePath, StoreOpenMode.ReadOnly);

        Assert.Equal(1, await reader.ArticleCountAsync(TestContext.Current.CancellationToken));
    }
}
