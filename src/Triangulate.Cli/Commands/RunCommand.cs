using System.CommandLine;
using Triangulate.Analysis;
using Triangulate.Cli.Terminal;
using Triangulate.Reports;

namespace Triangulate.Cli.Commands;

internal static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run",
            "Ingest the inputs, run every analysis stage, store the results, and print the report for those inputs (a table, or the report schema with --json).");
        CommonOptions.AddIngestOptions(command);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(async (parse, cancellation) =>
        {
            using var store = StoreAccess.OpenForWriting(parse);
            var corpus = new AnalysedCorpus(store);
            var run = await IngestCommand.Ingest(parse, corpus, cancellation);
            var stories = await corpus.StoriesOfAsync(run.Articles, run.Update, cancellation);
            var report = await corpus.ReportAsync(run.Articles, stories, run.Update, cancellation);
            if (parse.GetValue(CommonOptions.Json))
            {
                await using var output = Console.OpenStandardOutput();
                await ReportJson.WriteAsync(output, report, cancellation);
            }
            else
            {
                Consoles.Out.Write(ArticleTable.Of(run.Articles));
                Consoles.Out.Write(StoryTable.Of([.. stories.OrderByDescending(s => s.ArticleIds.Count).ThenBy(s => s.FirstSeen).ThenBy(s => s.Id, StringComparer.Ordinal)]));
            }
            return ProblemReport.ExitCode(run.Summary);
        });
        return command;
    }
}
