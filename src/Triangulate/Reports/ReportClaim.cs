using Triangulate.Text;

namespace Triangulate.Reports;

/// <summary>A merged numeric claim in the report; <paramref name="Value"/> is null for a vague amount ("dozens").</summary>
/// <param name="Links">Claims counting the same thing with another figure: a revision over time, or a contradiction.</param>
public sealed record ReportClaim(
    string Id,
    string Text,
    double? Value,
    string? Qualifier,
    string? What,
    string? AccordingTo,
    IReadOnlyList<string> Articles,
    int IndependentOrigins,
    IReadOnlyList<string> Sources,
    string Status,
    IReadOnlyList<string> Wordings,
    string? About,
    IReadOnlyList<ReportClaimLink> Links,
    IReadOnlyList<Evidence> Evidence);

/// <param name="Kind">revision or contradiction.</param>
public sealed record ReportClaimLink(string Claim, string Kind);
