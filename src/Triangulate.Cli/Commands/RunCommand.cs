using System.CommandLine;
using Triangulate.Analysis;
using Triangulate.Cli.Terminal;
using Triangulate.Reports;

namespace Triangulate.Cli.Commands;

internal static class RunCommand
{
    /// <summary>A corpus's tables would scroll past any terminal: past this many rows each shows its first and says where the rest are.</summary>
    private const int MostRowsShown = 50;

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
            // The JSON report is written while the results are stored; the tables wait for the closing summary.
            var json = parse.GetValue(CommonOptions.Json);
            var run = await IngestCommand.Ingest(parse, corpus, cancellation, json ? run => WriteJsonAsync(corpus, run, cancellation) : null);
            if (!json)
            {
                var stories = await corpus.StoriesOfAsync(run.Articles, run.Update, cancellation);
                var largestFirst = stories.OrderByDescending(s => s.ArticleIds.Count).ThenBy(s => s.FirstSeen).ThenBy(s => s.Id, StringComparer.Ordinal);
                Consoles.Out.Write(ArticleTable.Of([.. run.Articles.Take(MostRowsShown)], run.Articles.Count, "`triangulate articles` lists them all"));
                Consoles.Out.Write(StoryTable.Of([.. largestFirst.Take(MostRowsShown)], stories.Count, "the largest; `triangulate stories` pages through them all"));
            }
            return ProblemReport.ExitCode(run.Summary);
        });
        return command;
    }

    private static async Task WriteJsonAsync(AnalysedCorpus corpus, CorpusRun run, CancellationToken cancellation)
    {
        var stories = await corpus.StoriesOfAsync(run.Articles, run.Update, cancellation);
        var report = await corpus.ReportAsync(run.Articles, stories, run.Update, cancellation);
        await using var output = Console.OpenStandardOutput();
        await ReportJson.WriteAsync(output, report, cancellation);
    }
}
