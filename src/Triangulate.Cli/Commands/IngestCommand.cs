using System.CommandLine;
using Triangulate.Cli.Terminal;
using Triangulate.Ingest;
using Triangulate.Storage;

namespace Triangulate.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create()
    {
        var command = new Command("ingest", "Read articles from files and folders into the store. Re-ingesting the same text is a no-op.");
        CommonOptions.AddIngestOptions(command);
        command.SetAction(parse =>
        {
            using var store = StoreAccess.OpenForWriting(parse);
            var summary = Ingest(parse, store);
            ProblemReport.WriteSummary(summary);
            return ProblemReport.ExitCode(summary);
        });
        return command;
    }

    /// <summary>Reads the command's inputs into the store with a progress display; shared by ingest and run.</summary>
    public static IngestSummary Ingest(ParseResult parse, IArticleStore store)
    {
        var ingestor = new Ingestor(CommonOptions.ReaderOptionsFrom(parse));
        var outcomes = ingestor.Ingest(parse.GetValue(CommonOptions.Paths)!, parse.GetValue(CommonOptions.Threads));
        return ProgressDisplay.Run("Ingesting", progress =>
            BatchedIngestion.Store(outcomes, store, progress));
    }
}
