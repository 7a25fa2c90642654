using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Reports;
using Triangulate.Web;

namespace Triangulate.Cli.Commands;

/// <summary><c>bench serve</c>: latency of the story page and the story API over loopback on a stored analysis.</summary>
internal static class ServeBench
{
    public static Command Create()
    {
        var requests = new Option<int>("--requests") { Description = "Requests per endpoint, after a warm-up of up to 100.", DefaultValueFactory = _ => 2000 };
        var concurrency = new Option<int>("--concurrency") { Description = "Clients asking at once.", DefaultValueFactory = _ => 4 };
        var command = new Command("serve",
            "Start the web app on a free loopback port over --db and time GET /stories/{id} and /api/stories/{id} for the largest stories and a random sample of the rest: p50, p95, p99 (target p95 <= 100 ms).");
        command.Options.Add(requests);
        command.Options.Add(concurrency);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(async (parse, cancellation) =>
        {
            var results = await LoadBenchmark.RunAsync(StoreAccess.PathOf(parse), Math.Max(1, parse.GetValue(requests)), Math.Max(1, parse.GetValue(concurrency)), cancellation: cancellation);
            if (parse.GetValue(CommonOptions.Json))
            {
                await Console.Out.WriteLineAsync(ReportJson.Serialize(results));
                return ExitCodes.Success;
            }
            var table = new Table().Border(TableBorder.Rounded).AddColumn("endpoint");
            foreach (var column in new[] { "requests", "clients", "p50 ms", "p95 ms", "p99 ms", "max ms", "requests/s" })
                table.AddColumn(new TableColumn(column).RightAligned());
            foreach (var r in results)
                table.AddRow(Markup.Escape(r.Endpoint), r.Requests.ToString("N0", CultureInfo.InvariantCulture), r.Concurrency.ToString(CultureInfo.InvariantCulture),
                    r.P50.ToString("F1", CultureInfo.InvariantCulture), r.P95.ToString("F1", CultureInfo.InvariantCulture), r.P99.ToString("F1", CultureInfo.InvariantCulture),
                    r.Max.ToString("F1", CultureInfo.InvariantCulture), r.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture));
            table.Caption($"{results[0].Stories:N0} stories asked for, store of {results[0].StoredArticles:N0} articles");
            Consoles.Out.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
