namespace Triangulate.Reports;

public sealed record ReportArticle(
    string Id,
    string Source,
    string? Url,
    string Title,
    string? Outlet,
    string? OutletEvidence,
    ReportPublished? Published,
    IReadOnlyList<string> Credits,
    string? Byline,
    IReadOnlyList<string> Body,
    IReadOnlyList<string> Removed,
    IReadOnlyList<ReportRemovedLine> RemovedWithReasons);
