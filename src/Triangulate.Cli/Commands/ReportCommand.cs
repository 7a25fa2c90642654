using System.CommandLine;
using Spectre.Console;
using Triangulate.Analysis;
using Triangulate.Cli.Terminal;
using Triangulate.Reports;

namespace Triangulate.Cli.Commands;

/// <summary><c>report</c>: the report over everything stored, as JSON for programs or one self-contained HTML page for people.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var html = new Option<string?>("--html") { Description = "Write the report as one self-contained HTML page (no scripts, no network) to FILE.", HelpName = "FILE" };
        var command = new Command("report", "Report on every stored article and story: --json prints the report schema, --html FILE writes a page.");
        command.Options.Add(CommonOptions.Json);
        command.Options.Add(html);
        command.SetAction(async (parse, cancellation) =>
        {
            using var store = StoreAccess.OpenAnalysed(parse);
            var corpus = new AnalysedCorpus(store);
            var articles = await AnalysedCorpus.AllPages((page, size) => store.ArticlesAsync(page, size, cancellation));
            var report = await corpus.ReportAsync(articles, await corpus.StoriesOfAsync(articles, null, cancellation), null, cancellation);
            if (parse.GetValue(html) is { } path)
            {
                File.WriteAllText(path, HtmlReportWriter.Write(report));
                Consoles.Error.WriteLine($"Wrote {path}: {report.Stories.Count} stories, {report.Articles.Count} articles.");
            }
            if (parse.GetValue(CommonOptions.Json) || parse.GetValue(html) is null)
            {
                await using var output = Console.OpenStandardOutput();
                await ReportJson.WriteAsync(output, report, cancellation);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
