using System.CommandLine;
using Triangulate.Analysis;
using Triangulate.Cli.Terminal;
using Triangulate.Reports;

namespace Triangulate.Cli.Commands;

internal static class ArticlesCommand
{
    public static Command Create()
    {
        var command = new Command("articles", "List the stored articles: id, date, outlet, title, source.");
        command.Options.Add(CommonOptions.Json);
        command.SetAction(async (parse, cancellation) =>
        {
            using var store = StoreAccess.Open(parse);
            var articles = await AnalysedCorpus.AllPages((page, size) => store.ArticlesAsync(page, size, cancellation));
            if (parse.GetValue(CommonOptions.Json))
                await Console.Out.WriteLineAsync(ReportJson.Serialize(ReportBuilder.Build(articles).Articles));
            else
                Consoles.Out.Write(ArticleTable.Of(articles));
            return ExitCodes.Success;
        });
        return command;
    }
}
