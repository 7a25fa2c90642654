using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Reports;
using Triangulate.Storage;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>bench queries --db STORE</c>: how long the question commands take on a stored analysis, each run through the
/// command line itself (parse, open the store read-only, query, render), in this process, with its output discarded.
/// </summary>
internal static class QueryLatencyBench
{
    public static Command Create()
    {
        var repetitions = new Option<int>("--repetitions") { Description = "How many times each command runs after one warm-up run.", DefaultValueFactory = _ => 20 };
        var command = new Command("queries",
            "Time the question commands (stories, story ID, copies ID, actor NAME, show ID) on the store given by --db, whose largest story, most mentioned actor and a copied article are the subjects: median and 95th percentile in milliseconds.");
        command.Options.Add(repetitions);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(async (parse, cancellation) =>
        {
            var database = StoreAccess.PathOf(parse);
            var queries = await Subjects(parse, cancellation);
            var results = Console.Out;
            var rows = new List<LatencyRow>();
            var root = CliRoot.Create();
            Console.SetOut(TextWriter.Null);
            try
            {
                foreach (var query in queries)
                    rows.Add(await Time(root, [.. query, "--db", database], Math.Max(1, parse.GetValue(repetitions))));
            }
            finally
            {
                Console.SetOut(results);
            }
            if (parse.GetValue(CommonOptions.Json))
            {
                await results.WriteLineAsync(ReportJson.Serialize(rows));
                return ExitCodes.Success;
            }
            var table = new Table().Border(TableBorder.Rounded).AddColumn("command")
                .AddColumn(new TableColumn("first ms").RightAligned()).AddColumn(new TableColumn("median ms").RightAligned())
                .AddColumn(new TableColumn("p95 ms").RightAligned()).AddColumn(new TableColumn("exit").RightAligned());
            foreach (var row in rows)
                table.AddRow(Markup.Escape(row.Command), F(row.FirstMilliseconds), F(row.MedianMilliseconds), F(row.P95Milliseconds), row.ExitCode.ToString(CultureInfo.InvariantCulture));
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(results) }).Write(table);
            return rows.All(r => r.ExitCode == ExitCodes.Success) ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    private static string F(double value) => value.ToString("F1", CultureInfo.InvariantCulture);

    /// <summary>The commands to time, with subjects picked from the store: its largest story, an article with copies, its most mentioned actor.</summary>
    private static async Task<List<string[]>> Subjects(ParseResult parse, CancellationToken cancellation)
    {
        using var store = StoreAccess.Open(parse);
        var story = (await store.StoriesAsync(new StoryQuery(Size: 1), cancellation)).Items.FirstOrDefault()
            ?? throw new StoreUnavailableException("the store holds no analysed story; run `triangulate analyze` on it first");
        var copied = story.Derivations.FirstOrDefault()?.Article ?? story.ArticleIds[0];
        var actor = (await store.ActorsAsync(1, 1, cancellation)).Items.FirstOrDefault();
        var count = await store.ArticleCountAsync(cancellation);
        var middle = (await store.ArticlesAsync(Math.Max(1, count / 2), 1, cancellation)).Items[0];
        List<string[]> queries = [["stories"], ["story", story.Id], ["copies", copied], ["show", middle.Id]];
        if (actor is not null)
            queries.Add(["actor", actor.Name]);
        return queries;
    }

    private static async Task<LatencyRow> Time(System.CommandLine.RootCommand root, string[] arguments, int repetitions)
    {
        var times = new List<double>();
        var exitCode = 0;
        for (var i = 0; i <= repetitions; i++)
        {
            var started = Stopwatch.GetTimestamp();
            exitCode = Math.Max(exitCode, await CliRoot.RunAsync(root, arguments));
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        var warm = times.Skip(1).Order().ToList();
        return new LatencyRow(string.Join(' ', arguments.TakeWhile(a => a != "--db")), times[0],
            warm[warm.Count / 2], warm[Math.Min(warm.Count - 1, (int)Math.Ceiling(warm.Count * 0.95) - 1)], exitCode);
    }

    private sealed record LatencyRow(string Command, double FirstMilliseconds, double MedianMilliseconds, double P95Milliseconds, int ExitCode);
}
