using Triangulate.Reuse;
using Triangulate.Stories;

namespace Triangulate.Reports;

/// <summary>
/// A story seen through the provenance of its articles: the origin of the copy group that holds most of them (else
/// the story's earliest article), and the derivations and changes of its articles.
/// </summary>
public sealed record StoryProvenance(string OriginName, string? OriginArticle, bool Reconstructed, IReadOnlyList<string> Evidence,
    IReadOnlyList<Derivation> Derivations, IReadOnlyList<Change> Changes)
{
    public static StoryProvenance Of(Story story, ProvenanceResult? provenance, IReadOnlyDictionary<string, Article> articles)
    {
        var groups = story.ArticleIds.Select(id => provenance?.GroupOf(id)).OfType<ProvenanceGroup>().ToList();
        var members = story.ArticleIds.ToHashSet();
        var derivations = groups.Distinct().SelectMany(g => g.Derivations).Where(d => members.Contains(d.ArticleId)).ToList();
        var changes = groups.Distinct().SelectMany(g => g.Changes).Where(c => members.Contains(c.ArticleId)).ToList();
        if (groups.GroupBy(g => g).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() is { } main)
            return new StoryProvenance(main.Origin.Name, main.Origin.ArticleId, main.Origin.Reconstructed, main.Origin.Evidence, derivations, changes);
        var earliest = story.ArticleIds.Where(articles.ContainsKey).Select(id => articles[id])
            .OrderBy(a => a.Published?.Value ?? DateTimeOffset.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault();
        return new StoryProvenance(earliest?.Outlet?.Name ?? earliest?.Title ?? "", earliest?.Id, false,
            ["earliest article of the story; no copy of it found"], derivations, changes);
    }

    public Derivation? DerivationOf(string articleId) => Derivations.FirstOrDefault(d => d.ArticleId == articleId);
}
