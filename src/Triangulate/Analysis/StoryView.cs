using Triangulate.Reports;

namespace Triangulate.Analysis;

/// <summary>
/// A story as the analysis layer stores and answers it: its members, their time span and outlets, its origin, the
/// derivation of each copy, what each copy changed, and why each member joined.
/// </summary>
/// <param name="ArticleIds">Members in the order they joined.</param>
public sealed record StoryView(
    string Id,
    string Title,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    IReadOnlyList<string> ArticleIds,
    IReadOnlyList<string> Outlets,
    ReportOrigin Origin,
    IReadOnlyList<ReportDerivation> Derivations,
    IReadOnlyList<ReportChange> Changes,
    IReadOnlyList<StoryJoin> Joins)
{
    public ReportStory ToReport() => new(Id, Title, ArticleIds, Origin, Derivations, Changes);

    public ReportDerivation? DerivationOf(string articleId) => Derivations.FirstOrDefault(d => d.Article == articleId);
}

/// <summary>How one member came into its story: the clusterer's last decision for it and its score.</summary>
public sealed record StoryJoin(string Article, string Decision, double Score);
