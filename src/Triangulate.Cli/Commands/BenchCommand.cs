using System.CommandLine;
using System.Diagnostics;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Evaluation;
using Triangulate.Ingest;
using Triangulate.Reports;
using Triangulate.Storage;

namespace Triangulate.Cli.Commands;

/// <summary>Corpus throughput: the figures the README quotes, rerunnable by anyone on their own machine.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Measure throughput on a corpus (articles per second), the growth of the whole run with corpus size, and query latency on a store.");
        command.Subcommands.Add(RunGrowthBench.Create());
        command.Subcommands.Add(QueryLatencyBench.Create());
        command.Subcommands.Add(IngestBench());
        command.Subcommands.Add(StoriesBench());
        command.Subcommands.Add(ReuseBench());
        command.Subcommands.Add(ServeBench.Create());
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
                rows.Add(Measure("extract (no store)", threads, () => new Ingestor(new ReaderOptions(), TimeProvider.System).Ingest(paths, threads).Count(o => o.Article is not null)));
                rows.Add(Measure("ingest into SQLite", threads, () =>
                {
                    var path = Path.Combine(Path.GetTempPath(), $"triangulate-bench-{Guid.NewGuid():N}.db");
                    try
                    {
                        using var store = ArticleStores.Open(path);
                        return BatchedIngestion.StoreAsync(new Ingestor(new ReaderOptions(), TimeProvider.System).Ingest(paths, threads), store).GetAwaiter().GetResult().Added;
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

    private static Command StoriesBench()
    {
        var articles = ArticlesOption("How many articles to cluster; the corpus repeats in cycles, each a year later with a quarter of its words renamed.");
        var corpus = CorpusOption();
        var command = new Command("stories",
            "Time online story clustering of N articles on one thread: articles/s, peak memory and active stories.");
        command.Options.Add(articles);
        command.Options.Add(corpus);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(parse =>
        {
            var stream = StoryScaleStream.Load(parse.GetValue(corpus)!);
            var result = StoryScaleBenchmark.Run(stream, parse.GetValue(articles));
            if (parse.GetValue(CommonOptions.Json))
            {
                Console.Out.WriteLine(ReportJson.Serialize(result));
                return ExitCodes.Success;
            }
            const double Megabyte = 1024 * 1024;
            var table = new Table().Border(TableBorder.Rounded).AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
            table.AddRow("articles", result.Articles.ToString("N0"));
            table.AddRow("seconds clustering (wall clock)", result.Seconds.ToString("F1"));
            table.AddRow("seconds clustering (processor)", result.ProcessorSeconds.ToString("F1"));
            table.AddRow("articles/s (per processor second)", result.ArticlesPerSecond.ToString("N0"));
            table.AddRow("peak clusterer memory (live, MB)", (result.PeakClustererBytes / Megabyte).ToString("F0"));
            table.AddRow("peak managed heap (MB)", (result.PeakHeapBytes / Megabyte).ToString("F0"));
            table.AddRow("active stories at the end / at most", $"{result.ActiveStories:N0} / {result.PeakActiveStories:N0}");
            table.AddRow("stories", result.Stories.ToString("N0"));
            Consoles.Out.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command ReuseBench()
    {
        var articles = ArticlesOption("How many articles to run through reuse detection; the corpus repeats in cycles, each with its vocabulary permuted and its numbers moved, so no cycle copies another.");
        var corpus = CorpusOption();
        var command = new Command("reuse",
            "Time reuse detection (prepare, index, find candidates, align) of N articles on one thread: articles/s, pairs found and index memory per article.");
        command.Options.Add(articles);
        command.Options.Add(corpus);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(parse =>
        {
            var result = ReuseScaleBenchmark.Run(PermutedCorpusStream.Load(parse.GetValue(corpus)!), parse.GetValue(articles));
            if (parse.GetValue(CommonOptions.Json))
            {
                Console.Out.WriteLine(ReportJson.Serialize(result));
                return ExitCodes.Success;
            }
            var table = new Table().Border(TableBorder.Rounded).AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
            table.AddRow("articles", result.Articles.ToString("N0"));
            table.AddRow("seconds (wall clock)", result.Seconds.ToString("F1"));
            table.AddRow("seconds (processor)", result.ProcessorSeconds.ToString("F1"));
            table.AddRow("of which generating the stream's articles (a store read)", result.GenerationSeconds.ToString("F1"));
            table.AddRow("seconds of reuse work (one thread)", result.ReuseSeconds.ToString("F1"));
            table.AddRow("of which preparing sentences", result.PreparationSeconds.ToString("F1"));
            table.AddRow("articles/s of reuse work", result.ArticlesPerSecond.ToString("N0"));
            table.AddRow("candidate pairs checked", result.CandidatePairs.ToString("N0"));
            table.AddRow("candidates fetched and prepared again", result.FetchedCandidates.ToString("N0"));
            table.AddRow("pairs sharing sentences / linking", $"{result.SharingPairs:N0} / {result.LinkingPairs:N0}");
            table.AddRow("index keys", result.IndexKeys.ToString("N0"));
            table.AddRow("index per article (bytes of its arrays)", result.IndexBytesPerArticle.ToString("N0"));
            table.AddRow("all memory kept per article: index, key window, stem cache (bytes)", result.KeptBytesPerArticle.ToString("N0"));
            Consoles.Out.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Option<int> ArticlesOption(string description) => new("--articles")
    {
        Description = description,
        DefaultValueFactory = _ => 100_000,
        HelpName = "N",
    };

    private static Option<string> CorpusOption() => new("--corpus")
    {
        Description = "The folder whose docs.jsonl(.gz) files the articles come from.",
        DefaultValueFactory = _ => "../shared/corpus",
        HelpName = "DIR",
    };

    private static ThroughputRow Measure(string stage, int threads, Func<int> work)
    {
        var clock = Stopwatch.StartNew();
        var articles = work();
        var seconds = clock.Elapsed.TotalSeconds;
        return new ThroughputRow(stage, threads, articles, seconds, articles / Math.Max(seconds, 1e-9));
    }

    private sealed record ThroughputRow(string Stage, int Threads, int Articles, double Seconds, double ArticlesPerSecond);
}
