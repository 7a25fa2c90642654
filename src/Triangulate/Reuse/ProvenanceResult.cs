namespace Triangulate.Reuse;

/// <summary>Every provenance group of a corpus, and every pair of articles found sharing text.</summary>
public sealed record ProvenanceResult(IReadOnlyList<ProvenanceGroup> Groups, IReadOnlyList<TextReuse> Pairs, long CandidatePairs)
{
    private readonly Lazy<Dictionary<string, ProvenanceGroup>> _groupOf = new(() =>
        Groups.SelectMany(g => g.ArticleIds.Select(id => (id, g))).ToDictionary(entry => entry.id, entry => entry.g));

    public ProvenanceGroup? GroupOf(string articleId) => _groupOf.Value.GetValueOrDefault(articleId);

    public Derivation? DerivationOf(string articleId) => GroupOf(articleId)?.DerivationOf(articleId);
}
