using Microsoft.Data.Sqlite;
using Triangulate.Storage;

namespace Triangulate.Tests.Storage;

/// <summary>Rows go into SQLite in key order, yet a key given twice keeps the row its conflict clause names.</summary>
public class SqliteRowsTest
{
    [Fact]
    public void AReplacedKeyKeepsItsLastRowAndAnIgnoredKeyItsFirstWhateverTheCase()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE TABLE replaced (name TEXT PRIMARY KEY COLLATE NOCASE, value INTEGER NOT NULL) WITHOUT ROWID;
                CREATE TABLE ignored (name TEXT PRIMARY KEY COLLATE NOCASE, value INTEGER NOT NULL) WITHOUT ROWID;
                """;
            create.ExecuteNonQuery();
        }
        (string Name, int Value)[] rows = [("Vale Port", 1), ("ardent", 2), ("VALE PORT", 3), ("Ardent", 4), ("vale port", 5)];

        using (var transaction = connection.BeginTransaction())
        {
            SqliteRows.Insert(transaction, "INSERT OR REPLACE INTO replaced", 1, rows, r => r.Name, r => r.Value);
            SqliteRows.Insert(transaction, "INSERT OR IGNORE INTO ignored", 1, rows, r => r.Name, r => r.Value);
            transaction.Commit();
        }

        Assert.Equal(["Ardent=4", "vale port=5"], Read(connection, "replaced"));
        Assert.Equal(["ardent=2", "Vale Port=1"], Read(connection, "ignored"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AKeyOfACountAndTextKeepsTheLastRowOfEachKey(bool withNegativeCount)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE counted (kind INTEGER NOT NULL, name TEXT NOT NULL COLLATE NOCASE, value INTEGER NOT NULL, PRIMARY KEY (kind, name)) WITHOUT ROWID";
            create.ExecuteNonQuery();
        }
        List<(int Kind, string Name, int Value)> rows = [(10, "Vale", 1), (2, "vale", 2), (10, "VALE", 3), (2, "Ardent", 4), (2, "VALE", 5)];
        if (withNegativeCount)
            rows.AddRange([(-1, "vale", 6), (-1, "Vale", 7)]);

        using (var transaction = connection.BeginTransaction())
        {
            SqliteRows.Insert(transaction, "INSERT OR REPLACE INTO counted", 2, rows, r => r.Kind, r => r.Name, r => r.Value);
            transaction.Commit();
        }

        using var select = connection.CreateCommand();
        select.CommandText = "SELECT kind, name, value FROM counted ORDER BY kind, name";
        using var reader = select.ExecuteReader();
        var stored = new List<string>();
        while (reader.Read())
            stored.Add($"{reader.GetInt64(0)} {reader.GetString(1)}={reader.GetInt64(2)}");
        Assert.Equal([.. withNegativeCount ? ["-1 Vale=7"] : Array.Empty<string>(), "2 Ardent=4", "2 VALE=5", "10 VALE=3"], stored);
    }

    private static List<string> Read(SqliteConnection connection, string table)
    {
        using var select = connection.CreateCommand();
        select.CommandText = $"SELECT name, value FROM {table} ORDER BY name";
        using var reader = select.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add($"{reader.GetString(0)}={reader.GetInt64(1)}");
        return rows;
    }
}
