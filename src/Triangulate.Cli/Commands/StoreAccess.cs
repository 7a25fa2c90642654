using System.CommandLine;
using Triangulate.Storage;

namespace Triangulate.Cli.Commands;

internal static class StoreAccess
{
    public static SqliteArticleStore Open(ParseResult parse) => SqliteArticleStore.Open(parse.GetValue(CommonOptions.Database)!);
}
