using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Evaluation;
using Triangulate.Reports;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>bench run</c>: the growth of the whole job a user runs. For each size, a generated JSON-lines corpus goes through
/// <c>triangulate run FILE --json</c> in a fresh process (ingest, every analysis stage, the store, the report written to a
/// file), timed from start to exit, with the process's peak resident memory. Then the articles that follow in the
/// stream go into that store with <c>triangulate ingest</c>, in a fresh process: a later ingest, which analyses the new
/// articles with the stored stories they may join, not the whole store again.
/// </summary>
internal static class RunGrowthBench
{
    public static Command Create()
    {
        var sizes = new Option<int[]>("--articles")
        {
            Description = "The corpus sizes, smallest first (10000 100000 1000000 for the full figure).",
            DefaultValueFactory = _ => [10_000, 100_000],
            AllowMultipleArgumentsPerToken = true,
            HelpName = "N",
        };
        var corpus = new Option<string>("--corpus") { Description = "The folder of real docs.jsonl(.gz) articles the synthetic cycle is made from.", DefaultValueFactory = _ => "../shared/corpus", HelpName = "DIR" };
        var work = new Option<string>("--work") { Description = "Where the generated corpora, stores and reports go (kept, so `bench queries --db` can use a store).", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "triangulate-growth"), HelpName = "DIR" };
        var later = new Option<int>("--later")
        {
            Description = "How many further articles of the stream each store ingests afterwards (0: none).",
            DefaultValueFactory = _ => 100,
            HelpName = "N",
        };
        var command = new Command("run",
            "Time the whole `run` (ingest, every analysis stage, the report JSON written to a file) on generated corpora of growing size, one fresh process each: seconds, articles/s, peak memory, and how time and memory grow per tenfold step.");
        command.Options.Add(sizes);
        command.Options.Add(corpus);
        command.Options.Add(work);
        command.Options.Add(later);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(parse =>
        {
            var folder = Directory.CreateDirectory(parse.GetValue(work)!).FullName;
            var rows = new List<GrowthRow>();
            foreach (var size in parse.GetValue(sizes)!.Order())
            {
                var input = Path.Combine(folder, $"corpus-{size}.jsonl");
                var generation = Stopwatch.StartNew();
                if (!File.Exists(input))
                {
                    RunScaleCorpus.Write(parse.GetValue(corpus)!, size, input + ".partial");
                    File.Move(input + ".partial", input);
                }
                Consoles.Error.WriteLine($"{size:N0} articles: corpus ready in {generation.Elapsed.TotalSeconds:F0} s; running…");
                var store = Path.Combine(folder, $"store-{size}.db");
                foreach (var file in new[] { store, store + "-wal", store + "-shm" })
                    File.Delete(file);
                var row = Measure(size, ["run", input, "--db", store, "--json"], Path.Combine(folder, $"report-{size}.json"), rows.LastOrDefault());
                Consoles.Error.WriteLine($"{size:N0} articles: {row.Seconds:F1} s, {row.ArticlesPerSecond:N0} articles/s, peak {row.PeakMegabytes:N0} MB, exit {row.ExitCode}");
                if (parse.GetValue(later) is > 0 and var count && row.ExitCode == ExitCodes.Success)
                {
                    var next = Path.Combine(folder, $"later-{size}-{count}.jsonl");
                    if (!File.Exists(next))
                        RunScaleCorpus.Write(parse.GetValue(corpus)!, count, next, first: size);
                    var ingest = Measure(count, ["ingest", next, "--db", store], Path.Combine(folder, $"later-{size}.txt"), null);
                    row = row with { LaterArticles = count, LaterSeconds = ingest.Seconds, LaterPeakMegabytes = ingest.PeakMegabytes };
                    Consoles.Error.WriteLine($"{size:N0} articles, then {count:N0} more: {ingest.Seconds:F1} s, peak {ingest.PeakMegabytes:N0} MB, exit {ingest.ExitCode}");
                }
                rows.Add(row);
            }
            if (parse.GetValue(CommonOptions.Json))
            {
                Console.Out.WriteLine(ReportJson.Serialize(rows));
                return ExitCodes.Success;
            }
            var table = new Table().Border(TableBorder.Rounded).AddColumn("articles")
                .AddColumn(new TableColumn("seconds").RightAligned()).AddColumn(new TableColumn("articles/s").RightAligned())
                .AddColumn(new TableColumn("peak MB").RightAligned()).AddColumn(new TableColumn("KB/article").RightAligned())
                .AddColumn(new TableColumn("time ×/tenfold").RightAligned()).AddColumn(new TableColumn("memory ×/tenfold").RightAligned())
                .AddColumn(new TableColumn("later ingest s").RightAligned()).AddColumn(new TableColumn("later peak MB").RightAligned())
                .AddColumn(new TableColumn("exit").RightAligned());
            foreach (var row in rows)
                table.AddRow(row.Articles.ToString("N0", CultureInfo.InvariantCulture), row.Seconds.ToString("F1", CultureInfo.InvariantCulture),
                    row.ArticlesPerSecond.ToString("N0", CultureInfo.InvariantCulture), row.PeakMegabytes.ToString("N0", CultureInfo.InvariantCulture),
                    (row.PeakMegabytes * 1024 / row.Articles).ToString("F1", CultureInfo.InvariantCulture),
                    row.TimeGrowthPerTenfold?.ToString("F2", CultureInfo.InvariantCulture) ?? "—", row.MemoryGrowthPerTenfold?.ToString("F2", CultureInfo.InvariantCulture) ?? "—",
                    row.LaterSeconds is { } laterSeconds ? $"{laterSeconds.ToString("F1", CultureInfo.InvariantCulture)} ({row.LaterArticles:N0})" : "—",
                    row.LaterPeakMegabytes?.ToString("N0", CultureInfo.InvariantCulture) ?? "—",
                    row.ExitCode.ToString(CultureInfo.InvariantCulture));
            Consoles.Out.Write(table);
            return rows.All(r => r.ExitCode is ExitCodes.Success) ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    /// <summary>Runs this program with <paramref name="arguments"/> on <paramref name="articles"/> articles, its standard output to <paramref name="report"/>.</summary>
    private static GrowthRow Measure(int articles, string[] arguments, string report, GrowthRow? previous)
    {
        File.Delete(report);
        var start = SelfInvocation(arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        using var output = File.Create(report);
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        var errors = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(TimeSpan.FromMilliseconds(100)))
            peak = Math.Max(peak, PeakResidentBytes(process));
        process.WaitForExit();
        copy.Wait();
        var seconds = clock.Elapsed.TotalSeconds;
        if (process.ExitCode != ExitCodes.Success)
            Consoles.Error.WriteLine(errors.Result);
        var megabytes = peak / (1024.0 * 1024.0);
        double? PerTenfold(double now, double before, int beforeArticles) =>
            Math.Pow(now / before, 1 / Math.Log10((double)articles / beforeArticles));
        return new GrowthRow(articles, seconds, articles / seconds, megabytes, process.ExitCode,
            previous is null ? null : PerTenfold(seconds, previous.Seconds, previous.Articles),
            previous is null ? null : PerTenfold(megabytes, previous.PeakMegabytes, previous.Articles));
    }

    /// <summary>The high-water mark of resident memory (VmHWM) on Linux; the runtime's peak working set elsewhere.</summary>
    private static long PeakResidentBytes(Process process)
    {
        try
        {
            var status = $"/proc/{process.Id}/status";
            if (File.Exists(status))
                foreach (var line in File.ReadLines(status))
                    if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                        return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            process.Refresh();
            return process.PeakWorkingSet64;
        }
        catch (Exception error) when (error is IOException or InvalidOperationException)
        {
            return 0;
        }
    }

    /// <summary>This same program with other arguments: through the dotnet host when it runs as a dll, else its own executable.</summary>
    private static ProcessStartInfo SelfInvocation(IEnumerable<string> arguments)
    {
        var host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Triangulate.Cli.dll"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        return start;
    }

    private sealed record GrowthRow(int Articles, double Seconds, double ArticlesPerSecond, double PeakMegabytes, int ExitCode,
        double? TimeGrowthPerTenfold, double? MemoryGrowthPerTenfold)
    {
        public int? LaterArticles { get; init; }

        public double? LaterSeconds { get; init; }

        public double? LaterPeakMegabytes { get; init; }
    }
}
