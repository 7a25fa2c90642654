using Triangulate.Reports;
using Triangulate.Reuse;

namespace Triangulate.Cli.Terminal;

internal static class ChangeSummary
{
    /// <summary>Counts of changes by kind, in the order of <see cref="ChangeKind"/>: "3 quote, 2 added".</summary>
    public static string Of(IEnumerable<ReportChange> changes) =>
        string.Join(", ", changes.GroupBy(c => c.Kind).OrderBy(g => Order(g.Key)).Select(g => $"{g.Count()} {g.Key}"));

    public static int Order(string kind) => Enum.TryParse<ChangeKind>(kind, ignoreCase: true, out var known) ? (int)known : int.MaxValue;
}
