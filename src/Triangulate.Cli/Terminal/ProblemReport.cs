using Spectre.Console;
using Triangulate.Storage;

namespace Triangulate.Cli.Terminal;

/// <summary>One line per input that failed, naming it and the reason, then one line of totals.</summary>
internal static class ProblemReport
{
    public static void WriteSummary(IngestSummary summary)
    {
        foreach (var problem in summary.Problems)
            Consoles.Error.MarkupLine($"[red]skipped[/] {TerminalText.Escape(problem.Source)}: {TerminalText.Escape(problem.Reason)}");
        var failed = summary.Problems.Count == 0 ? "" : $", [red]{summary.Problems.Count:N0} inputs failed[/]";
        Consoles.Error.MarkupLine(
            $"Ingested {summary.Read:N0} articles ({summary.Added:N0} new, {summary.AlreadyStored:N0} already stored){failed}.");
    }
}
