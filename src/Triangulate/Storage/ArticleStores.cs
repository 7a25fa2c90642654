using System.Data.Common;
using System.Text.RegularExpressions;

namespace Triangulate.Storage;

/// <summary>
/// Opens a store from what a user writes after <c>--db</c>: a plain path ("corpus.db"), an SQLite connection string
/// ("Data Source=corpus.db"), or a URI with its backend's scheme ("sqlite:corpus.db", "sqlite:///srv/corpus.db").
/// Anything else is refused with a message naming what is understood, rather than taken for a file name.
/// </summary>
public static partial class ArticleStores
{
    public static IArticleStore Open(string connection, StoreOpenMode mode = StoreOpenMode.ReadWriteCreate) =>
        SqliteArticleStore.Open(SqlitePathOf(connection), mode);

    /// <summary>The SQLite file a connection names; throws <see cref="StoreUnavailableException"/> for any other backend.</summary>
    internal static string SqlitePathOf(string connection)
    {
        if (string.IsNullOrWhiteSpace(connection))
            throw new StoreUnavailableException("no store named: give a path (corpus.db) or a connection string (Data Source=corpus.db)");
        if (Scheme().Match(connection) is { Success: true } uri)
        {
            var scheme = uri.Groups["scheme"].Value.ToLowerInvariant();
            var rest = connection[uri.Length..];
            return scheme switch
            {
                "sqlite" or "file" => rest.StartsWith("//", StringComparison.Ordinal) ? Uri.UnescapeDataString(rest[2..]) : rest,
                "postgres" or "postgresql" => throw NotInThisBuild("PostgreSQL"),
                _ => throw new StoreUnavailableException(
                    $"unknown store scheme \"{scheme}:\"; give a path (corpus.db), a connection string (Data Source=corpus.db) or sqlite:PATH"),
            };
        }
        if (!connection.Contains('=', StringComparison.Ordinal))
            return connection;
        var keys = new DbConnectionStringBuilder();
        try
        {
            keys.ConnectionString = connection;
        }
        catch (ArgumentException)
        {
            return connection;
        }
        // Keywords are words ("Data Source", "Host"); "runs/a=b.db" is a file name with an equals sign in it.
        if (keys.Keys.Cast<string>().Any(key => !key.All(c => char.IsAsciiLetter(c) || c == ' ')))
            return connection;
        foreach (var name in new[] { "Data Source", "DataSource", "Filename" })
            if (keys.TryGetValue(name, out var path) && path is string { Length: > 0 } file)
                return file;
        if (keys.ContainsKey("Host") || keys.ContainsKey("Server"))
            throw NotInThisBuild("a server (Host=…)");
        throw new StoreUnavailableException($"the connection string names no store: SQLite wants Data Source=PATH");
    }

    private static StoreUnavailableException NotInThisBuild(string what) =>
        new($"{what} stores are not supported yet; give an SQLite path (corpus.db) or Data Source=corpus.db");

    /// <summary>A URI scheme of two letters or more, so a Windows drive ("C:\corpus.db") stays a path.</summary>
    [GeneratedRegex(@"^(?<scheme>[A-Za-z][A-Za-z0-9+.\-]+):(?!\\)")]
    private static partial Regex Scheme();
}
