namespace Triangulate.Reports;

public sealed record ReportStory(
    string Id,
    string Title,
    IReadOnlyList<string> Articles,
    ReportOrigin? Origin,
    IReadOnlyList<ReportDerivation> Derivations,
    IReadOnlyList<ReportChange> Changes);

public sealed record ReportOrigin(string Name, string? Article);

public sealed record ReportDerivation(string Article, string From, string Kind, double Shared);

public sealed record ReportChange(string Kind, string Article, string? OriginText, string? Text);
