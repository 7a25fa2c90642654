using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Triangulate.Storage;

/// <summary>
/// Writes many rows through one prepared statement, parameters rebound per row: the fastest way into SQLite, and
/// no row is ever held as text beside its values (a corpus's analysis as one JSON array was hundreds of megabytes).
/// </summary>
internal static class SqliteRows
{
    /// <param name="insert">The statement up to its values: "INSERT OR IGNORE INTO actor_names".</param>
    /// <param name="keyColumns">How many leading columns make the table's primary key: rows go in in key order.</param>
    /// <param name="columns">One function per column, in the table's order.</param>
    public static void Insert<T>(SqliteTransaction transaction, string insert, int keyColumns, IEnumerable<T> rows, params Func<T, object?>[] columns) =>
        Write(transaction, $"{insert} VALUES ({Values(columns.Length)})", InKeyOrder(rows, columns[..keyColumns]), columns);

    /// <param name="conflict">What a row whose key is stored already does: "ON CONFLICT (key) DO UPDATE SET ...".</param>
    public static void Upsert<T>(SqliteTransaction transaction, string insert, string conflict, int keyColumns, IEnumerable<T> rows, params Func<T, object?>[] columns) =>
        Write(transaction, $"{insert} VALUES ({Values(columns.Length)}) {conflict}", InKeyOrder(rows, columns[..keyColumns]), columns);

    /// <summary>
    /// The rows sorted by their key, rows of one key in the order given (the last of them is the one a REPLACE keeps, the
    /// first the one an IGNORE keeps). Text compares ignoring case, so rows a NOCASE key holds equal keep their order too.
    /// The keys are hashes and every table is a B-tree on its key: in key order each row is appended to the last page,
    /// where in any other order it lands on a random page, which splits and is written again (storing the analysis of
    /// ../shared/corpus's events took 2.2 times as long in arrival order).
    /// </summary>
    private static IEnumerable<T> InKeyOrder<T>(IEnumerable<T> rows, Func<T, object?>[] key)
    {
        var keyed = rows.Select(row => (Row: row, Key: Array.ConvertAll(key, column => column(row)))).ToArray();
        var order = new (string Key, int Index)[keyed.Length];
        for (var i = 0; i < keyed.Length; i++)
        {
            if (Joined(keyed[i].Key) is not { } joined)
                return keyed.OrderBy(row => row.Key, KeyComparer.Instance).Select(row => row.Row);
            order[i] = (joined, i);
        }
        // One string comparison a pair is much cheaper than the general comparer's (the events' rows took seconds to sort).
        Array.Sort(order, (x, y) =>
        {
            var byKey = string.Compare(x.Key, y.Key, StringComparison.OrdinalIgnoreCase);
            return byKey != 0 ? byKey : x.Index.CompareTo(y.Index);
        });
        return order.Select(o => keyed[o.Index].Row);
    }

    /// <summary>
    /// A key's columns as one string that sorts as they do one by one, or null for a key holding anything but text and
    /// counts: the columns joined by a character no key holds, which sorts before any other, counts written with leading
    /// zeros to one width.
    /// </summary>
    private static string? Joined(object?[] key)
    {
        var columns = new string[key.Length];
        for (var i = 0; i < key.Length; i++)
        {
            switch (key[i])
            {
                case string text:
                    columns[i] = text;
                    break;
                case int count and >= 0:
                    columns[i] = count.ToString("D10", CultureInfo.InvariantCulture);
                    break;
                default:
                    return null;
            }
        }
        return string.Join('\0', columns);
    }

    private sealed class KeyComparer : IComparer<object?[]>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare(object?[]? x, object?[]? y)
        {
            for (var i = 0; i < x!.Length; i++)
            {
                var order = (x[i], y![i]) switch
                {
                    (string a, string b) => string.Compare(a, b, StringComparison.OrdinalIgnoreCase),
                    (IComparable a, { } b) => a.CompareTo(b),
                    (null, null) => 0,
                    (null, _) => -1,
                    _ => 1,
                };
                if (order != 0)
                    return order;
            }
            return 0;
        }
    }

    private static string Values(int columns) => string.Join(", ", Enumerable.Range(0, columns).Select(i => "$" + i));

    private const int ChunkRows = 2048;

    /// <remarks>
    /// The rows' values (their JSON records, mostly) are made a chunk ahead on another thread while SQLite stores the
    /// chunk before, and bound straight to the prepared statement: Microsoft.Data.Sqlite's command spends more per row
    /// on parsing and binding than SQLite spends storing it.
    /// </remarks>
    private static void Write<T>(SqliteTransaction transaction, string statement, IEnumerable<T> rows, Func<T, object?>[] columns)
    {
        var database = transaction.Connection!.Handle!;
        Check(database, raw.sqlite3_prepare_v2(database, statement, out var prepared));
        using (prepared)
        {
            using var chunks = rows.Chunk(ChunkRows).GetEnumerator();
            Task<object?[][]?> Next() => Task.Run(() => chunks.MoveNext() ? Array.ConvertAll(chunks.Current, row => Array.ConvertAll(columns, column => column(row))) : null);
            var next = Next();
            try
            {
                while (next.GetAwaiter().GetResult() is { } values)
                {
                    next = Next();
                    foreach (var row in values)
                        Store(database, prepared, row);
                }
            }
            finally
            {
                // A failed row leaves the next chunk in the making: it must be done before its rows are let go.
                ((IAsyncResult)next).AsyncWaitHandle.WaitOne();
            }
        }
    }

    private static void Store(sqlite3 database, sqlite3_stmt prepared, object?[] row)
    {
        for (var i = 0; i < row.Length; i++)
            Check(database, Bind(prepared, i + 1, row[i]));
        var stepped = raw.sqlite3_step(prepared);
        Check(database, raw.sqlite3_reset(prepared));
        if (stepped != raw.SQLITE_DONE)
            Check(database, stepped);
    }

    private static int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null or DBNull => raw.sqlite3_bind_null(statement, index),
        string text => raw.sqlite3_bind_text(statement, index, text),
        Utf8Json json => raw.sqlite3_bind_text(statement, index, json.Bytes.AsSpan()),
        int number => raw.sqlite3_bind_int64(statement, index, number),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
        double number => raw.sqlite3_bind_double(statement, index, number),
        decimal number => raw.sqlite3_bind_double(statement, index, (double)number),
        _ => throw new ArgumentException($"no SQLite type for a {value.GetType().Name}", nameof(value)),
    };

    private static void Check(sqlite3 database, int result)
    {
        if (result != raw.SQLITE_OK)
            SqliteException.ThrowExceptionForRC(result, database);
    }
}
