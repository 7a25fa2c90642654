using System.CommandLine;
using Triangulate.Cli.Terminal;
using Triangulate.Facts;
using Triangulate.Reports;
using Triangulate.Stories;

namespace Triangulate.Cli.Commands;

internal static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run",
            "Ingest the inputs, run every analysis stage, and print the report for those inputs (a table, or the report schema with --json).");
        CommonOptions.AddIngestOptions(command);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(parse =>
        {
            using var store = StoreAccess.Open(parse);
            var summary = IngestCommand.Ingest(parse, store);
            var articles = summary.ArticleIds.Distinct().Select(store.Find).OfType<Article>().ToList();
            var stories = StoryClusterer.Cluster(articles);
            if (parse.GetValue(CommonOptions.Json))
            {
                Console.Out.WriteLine(ReportJson.Serialize(ReportBuilder.Build(articles, stories, ArticleActors.Resolve(articles), ArticleClaims.Collect(articles))));
            }
            else
            {
                Consoles.Out.Write(ArticleTable.Of(articles));
                Consoles.Out.Write(StoryTable.Of(stories));
            }
            ProblemReport.WriteSummary(summary);
            return summary.Problems.Count == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        });
        return command;
    }
}
