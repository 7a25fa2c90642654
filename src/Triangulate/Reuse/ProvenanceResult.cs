namespace Triangulate.Reuse;

/// <summary>Every provenance group of a corpus, and every pair of articles found sharing text.</summary>
public sealed record ProvenanceResult(IReadOnlyList<ProvenanceGroup> Groups, IReadOnlyList<TextReuse> Pairs, long CandidatePairs)
{
    public ProvenanceGroup? GroupOf(string articleId) => Groups.FirstOrDefault(g => g.ArticleIds.Contains(articleId));

    public Derivation? DerivationOf(string articleId) => GroupOf(articleId)?.DerivationOf(articleId);
}
