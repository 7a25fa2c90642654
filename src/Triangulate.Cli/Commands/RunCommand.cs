using System.CommandLine;
using Triangulate.Cli.Terminal;
using Triangulate.Reports;

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
            using var store = StoreAccess.OpenForWriting(parse);
            var summary = IngestCommand.Ingest(parse, store);
            var articles = summary.ArticleIds.Distinct().Select(store.Find).OfType<Article>().ToList();
            var (report, stories, _) = ReportPipeline.Run(articles);
            if (parse.GetValue(CommonOptions.Json))
            {
                Console.Out.WriteLine(ReportJson.Serialize(report));
            }
            else
            {
                Consoles.Out.Write(ArticleTable.Of(articles));
                Consoles.Out.Write(StoryTable.Of(stories, report));
            }
            ProblemReport.WriteSummary(summary);
            return ProblemReport.ExitCode(summary);
        });
        return command;
    }
}
