using Spectre.Console;
using System.CommandLine;
using Triangulate.Storage;

namespace Triangulate.Cli.Commands;

internal static class StoreAccess
{
    /// <summary>The store for a command that only reads: it must exist, and it is opened read-only.</summary>
    public static IArticleStore Open(ParseResult parse) => ArticleStores.Open(PathOf(parse), StoreOpenMode.ReadOnly);

    /// <summary>The store for a command that adds articles, created when missing.</summary>
    public static IArticleStore OpenForWriting(ParseResult parse) => ArticleStores.Open(PathOf(parse));

    /// <summary>Opens the store read-only for a question about its analysis; says so when the store holds articles but no
    /// analysis of this version (written by an older Triangulate), and how to make one.</summary>
    public static IArticleStore OpenAnalysed(ParseResult parse)
    {
        var store = Open(parse);
        var state = store.AnalysisStateAsync().GetAwaiter().GetResult();
        if (state is null || state.Version != Analysis.CorpusAnalysis.Version)
        {
            var articles = store.ArticleCountAsync().GetAwaiter().GetResult();
            if (articles > 0)
                Terminal.Consoles.Error.MarkupLine(
                    $"[yellow]The store holds {articles:N0} articles but {(state is null ? "no analysis" : "an analysis of another version")}[/]: `triangulate analyze` analyses them.");
        }
        return store;
    }

    public static string PathOf(ParseResult parse) => parse.GetValue(CommonOptions.Database)!;
}
