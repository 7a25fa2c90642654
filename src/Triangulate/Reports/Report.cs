namespace Triangulate.Reports;

/// <summary>
/// The report document of ../shared/DESIGN.md: what <c>triangulate run --json</c> prints. Field names are a public
/// contract (snake_case in JSON); add fields freely, never rename them.
/// </summary>
public sealed record Report(
    IReadOnlyList<ReportArticle> Articles,
    IReadOnlyList<ReportStory> Stories,
    IReadOnlyList<ReportActor> Actors,
    IReadOnlyList<ReportEvent> Events,
    IReadOnlyList<ReportClaim> Claims)
{
    public IReadOnlyList<ReportAttribution> Attributions { get; init; } = [];
}
