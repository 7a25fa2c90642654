using System.CommandLine;
using System.Diagnostics;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Ingest;
using Triangulate.Reports;
using Triangulate.Storage;

namespace Triangulate.Cli.Commands;

/// <summary>Corpus throughput: the figures the README quotes, rerunnable by anyone on their own machine.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Measure throughput on a corpus (articles per second), single core and all cores.");
        command.Subcommands.Add(IngestBench());
        return command;
    }

    private static Command IngestBench()
    {
        var command = new Command("ingest",
            "Time full ingestion (read, decode, extract, store in a fresh temporary SQLite file) of the inputs, on one core and on all cores.");
        command.Arguments.Add(CommonOptions.Paths);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(CommonOptions.Paths)!;
            var rows = new List<ThroughputRow>();
            foreach (var threads in new[] { 1, Environment.ProcessorCount }.Distinct())
            {
                rows.Add(Measure("extract (no store)", threads, () => new Ingestor(new ReaderOptions()).Ingest(paths, threads).Count(o => o.Article is not null)));
                rows.Add(Measure("ingest into SQLite", threads, () =>
                {
                    var path = Path.Combine(Path.GetTempPath(), $"triangulate-bench-{Guid.NewGuid():N}.db");
                    try
                    {
                        using var store = SqliteArticleStore.Open(path);
                        return BatchedIngestion.Store(new Ingestor(new ReaderOptions()).Ingest(paths, threads), store).Added;
                    }
                    finally
                    {
                        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                            File.Delete(file);
                    }
                }));
            }
            if (parse.GetValue(CommonOptions.Json))
            {
                Console.Out.WriteLine(ReportJson.Serialize(rows));
                return ExitCodes.Success;
            }
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("stage").AddColumn("threads").AddColumn(new TableColumn("articles").RightAligned())
                .AddColumn(new TableColumn("seconds").RightAligned()).AddColumn(new TableColumn("articles/s").RightAligned());
            foreach (var row in rows)
                table.AddRow(row.Stage, row.Threads.ToString(), row.Articles.ToString("N0"), row.Seconds.ToString("F2"), row.ArticlesPerSecond.ToString("N0"));
            Consoles.Out.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static ThroughputRow Measure(string stage, int threads, Func<int> work)
    {
        var clock = Stopwatch.StartNew();
        var articles = work();
        var seconds = clock.Elapsed.TotalSeconds;
        return new ThroughputRow(stage, threads, articles, seconds, articles / Math.Max(seconds, 1e-9));
    }

    private sealed record ThroughputRow(string Stage, int Threads, int Articles, double Seconds, double ArticlesPerSecond);
}
