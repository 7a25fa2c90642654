using System.CommandLine;
using Triangulate.Analysis;
using Triangulate.Cli.Terminal;
using Triangulate.Ingest;

namespace Triangulate.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create()
    {
        var command = new Command("ingest",
            "Read articles from files and folders into the store and bring its analysis (stories, provenance, actors, claims) up to date. Re-ingesting the same text is a no-op.");
        CommonOptions.AddIngestOptions(command);
        command.SetAction(async (parse, cancellation) =>
        {
            using var store = StoreAccess.OpenForWriting(parse);
            var run = await Ingest(parse, new AnalysedCorpus(store), cancellation);
            return ProblemReport.ExitCode(run.Summary);
        });
        return command;
    }

    /// <summary>Reads the command's inputs into the corpus with a progress display, then reports problems and timings; shared by ingest and run.</summary>
    /// <param name="whileStoring">Work on the run that may go on while its results are stored (<see cref="AnalysedCorpus.AddAsync"/>).</param>
    public static async Task<CorpusRun> Ingest(ParseResult parse, AnalysedCorpus corpus, CancellationToken cancellation, Func<CorpusRun, Task>? whileStoring = null)
    {
        var ingestor = new Ingestor(CommonOptions.ReaderOptionsFrom(parse), TimeProvider.System);
        var outcomes = ingestor.Ingest(parse.GetValue(CommonOptions.Paths)!, parse.GetValue(CommonOptions.Threads));
        var run = await StageProgressDisplay.RunAsync(progress => corpus.AddAsync(outcomes, progress, cancellation, whileStoring));
        ProblemReport.WriteSummary(run.Summary);
        StageProgressDisplay.WriteTimings(run.Timings, run.Articles.Count);
        return run;
    }
}
