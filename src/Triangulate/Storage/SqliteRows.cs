using Microsoft.Data.Sqlite;

namespace Triangulate.Storage;

/// <summary>
/// Writes many rows through one prepared statement, parameters rebound per row: the fastest way into SQLite, and
/// no row is ever held as text beside its values (a corpus's analysis as one JSON array was hundreds of megabytes).
/// </summary>
internal static class SqliteRows
{
    /// <param name="insert">The statement up to its values: "INSERT OR IGNORE INTO actor_names".</param>
    /// <param name="columns">One function per column, in the table's order.</param>
    public static void Insert<T>(SqliteTransaction transaction, string insert, IEnumerable<T> rows, params Func<T, object?>[] columns) =>
        Write(transaction, $"{insert} VALUES ({Values(columns.Length)})", rows, columns);

    /// <param name="conflict">What a row whose key is stored already does: "ON CONFLICT (key) DO UPDATE SET ...".</param>
    public static void Upsert<T>(SqliteTransaction transaction, string insert, string conflict, IEnumerable<T> rows, params Func<T, object?>[] columns) =>
        Write(transaction, $"{insert} VALUES ({Values(columns.Length)}) {conflict}", rows, columns);

    private static string Values(int columns) => string.Join(", ", Enumerable.Range(0, columns).Select(i => "$" + i));

    private static void Write<T>(SqliteTransaction transaction, string statement, IEnumerable<T> rows, Func<T, object?>[] columns)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = statement;
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter { ParameterName = "$" + i })).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Length; i++)
                parameters[i].Value = columns[i](row) ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
    }
}
