namespace Triangulate.Reports;

public sealed record ReportClaim(
    string Id,
    string Text,
    double Value,
    string? Qualifier,
    string? What,
    string? AccordingTo,
    IReadOnlyList<string> Articles);
