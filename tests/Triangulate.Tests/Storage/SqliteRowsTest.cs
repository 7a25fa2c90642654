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
