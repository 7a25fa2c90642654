using Spectre.Console;
using System.CommandLine;
using Triangulate.Analysis;
using Triangulate.Cli.Terminal;

namespace Triangulate.Cli.Commands;

/// <summary><c>analyze</c>: analyses every stored article afresh and replaces the stored analysis.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var command = new Command("analyze",
            "Analyse every stored article afresh (stories, provenance, actors, claims) and replace the stored analysis: for a store written by an older Triangulate. `ingest` and `run` keep the analysis up to date on their own.");
        command.SetAction(async (parse, cancellation) =>
        {
            using var store = StoreAccess.OpenForWriting(parse);
            var corpus = new AnalysedCorpus(store);
            var run = await StageProgressDisplay.RunAsync(progress => corpus.ReanalyzeAsync(progress, cancellation));
            Consoles.Error.MarkupLine($"Analysed {run.Articles.Count:N0} articles into {run.Update!.Stories.Count:N0} stories.");
            StageProgressDisplay.WriteTimings(run.Timings, run.Articles.Count);
            return ExitCodes.Success;
        });
        return command;
    }
}
