using Triangulate.Analysis;

namespace Triangulate.Exports;

/// <summary>Writes merged numeric claims as CSV.</summary>
public static class ClaimExport
{
    public static void Write(TextWriter writer, IReadOnlyList<ClaimView> claims) => CsvTable.Write(writer, claims.Select(ClaimRow.Of), ',', header: true);
}
