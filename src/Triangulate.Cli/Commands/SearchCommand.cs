using System.CommandLine;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Reports;

namespace Triangulate.Cli.Commands;

internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string[]>("QUERY") { Description = "Words to find in article sentences.", Arity = ArgumentArity.OneOrMore };
        var limit = new Option<int>("--limit") { Description = "How many sentences to show.", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Full-text search over the sentences of stored articles, best matches first.");
        command.Arguments.Add(query);
        command.Options.Add(limit);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(async (parse, cancellation) =>
        {
            using var store = StoreAccess.Open(parse);
            var hits = await store.SearchAsync(string.Join(' ', parse.GetValue(query)!), parse.GetValue(limit), cancellation);
            if (parse.GetValue(CommonOptions.Json))
            {
                await Console.Out.WriteLineAsync(ReportJson.Serialize(hits));
                return ExitCodes.Success;
            }
            var table = new Table().Border(TableBorder.Rounded).AddColumn("id").AddColumn("title").AddColumn("sentence");
            foreach (var hit in hits)
                table.AddRow(Markup.Escape(hit.ArticleId[..ArticleTable.ShortIdLength]), Markup.Escape(hit.Title), SnippetMarkup.Highlight(hit.Snippet));
            table.Caption($"{hits.Count} matching sentences");
            Consoles.Out.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
