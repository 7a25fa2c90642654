namespace Triangulate.Reports;

/// <summary>One group of articles linked by shared text, as <c>triangulate provenance --json</c> prints it.</summary>
/// <param name="OriginText">The origin's sentences (reconstructed from the copies when the wire is not in the corpus).</param>
public sealed record ReportProvenanceGroup(
    string Id,
    IReadOnlyList<string> Articles,
    ReportOrigin Origin,
    IReadOnlyList<string> OriginText,
    IReadOnlyList<ReportDerivation> Derivations,
    IReadOnlyList<ReportChange> Changes);
