using System.CommandLine;
using Triangulate.Storage;

namespace Triangulate.Cli.Commands;

internal static class StoreAccess
{
    /// <summary>The store for a command that only reads: it must exist, and it is opened read-only.</summary>
    public static SqliteArticleStore Open(ParseResult parse) => SqliteArticleStore.Open(PathOf(parse), StoreOpenMode.ReadOnly);

    /// <summary>The store for a command that adds articles, created when missing.</summary>
    public static SqliteArticleStore OpenForWriting(ParseResult parse) => SqliteArticleStore.Open(PathOf(parse));

    public static string PathOf(ParseResult parse) => parse.GetValue(CommonOptions.Database)!;
}
