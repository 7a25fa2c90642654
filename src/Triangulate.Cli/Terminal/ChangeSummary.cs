using Triangulate.Reuse;

namespace Triangulate.Cli.Terminal;

internal static class ChangeSummary
{
    /// <summary>Counts of changes by kind: "3 quote, 2 added".</summary>
    public static string Of(IEnumerable<Change> changes) =>
        string.Join(", ", changes.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
}
