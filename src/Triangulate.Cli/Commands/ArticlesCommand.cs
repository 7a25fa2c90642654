using System.CommandLine;
using Triangulate.Cli.Terminal;
using Triangulate.Reports;

namespace Triangulate.Cli.Commands;

internal static class ArticlesCommand
{
    public static Command Create()
    {
        var command = new Command("articles", "List the stored articles: id, date, outlet, title, source.");
        command.Options.Add(CommonOptions.Json);
        command.SetAction(parse =>
        {
            using var store = StoreAccess.Open(parse);
            var articles = store.Articles();
            if (parse.GetValue(CommonOptions.Json))
                Console.Out.WriteLine(ReportJson.Serialize(ReportBuilder.Build(articles).Articles));
            else
                Consoles.Out.Write(ArticleTable.Of(articles));
            return ExitCodes.Success;
        });
        return command;
    }
}
