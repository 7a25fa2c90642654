using Spectre.Console;
using Triangulate.Cli.Commands;
using Triangulate.Storage;

namespace Triangulate.Cli.Terminal;

/// <summary>One line per input that failed or held no article, naming it and the reason, then one line of totals.</summary>
internal static class ProblemReport
{
    public static void WriteSummary(IngestSummary summary)
    {
        foreach (var problem in summary.Problems)
        {
            var label = problem.NotAnArticle ? "[grey]not an article[/]" : "[red]skipped[/]";
            Consoles.Error.MarkupLine($"{label} {TerminalText.Escape(problem.Source)}: {TerminalText.Escape(problem.Reason)}");
        }
        var failures = Failures(summary);
        var failed = failures == 0 ? "" : $", [red]{failures:N0} inputs failed[/]";
        var set = summary.Problems.Count - failures is > 0 and var aside ? $", {aside:N0} set aside as no article" : "";
        Consoles.Error.MarkupLine(
            $"Ingested {summary.Read:N0} articles ({summary.Added:N0} new, {summary.AlreadyStored:N0} already stored){failed}{set}.");
    }

    /// <summary>Success unless an input failed; files set aside as no article (a README, a table) are named but fail nothing.</summary>
    public static int ExitCode(IngestSummary summary) => Failures(summary) == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;

    private static int Failures(IngestSummary summary) => summary.Problems.Count(problem => !problem.NotAnArticle);
}
