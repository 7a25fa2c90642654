namespace Triangulate.Reuse;

/// <summary>Articles linked by shared text, with their origin, the derivation tree and what each copy changed.</summary>
public sealed record ProvenanceGroup(
    string Id,
    Origin Origin,
    IReadOnlyList<string> ArticleIds,
    IReadOnlyList<Derivation> Derivations,
    IReadOnlyList<Change> Changes)
{
    public Derivation? DerivationOf(string articleId) => Derivations.FirstOrDefault(d => d.ArticleId == articleId);

    /// <summary>Derivations whose parent is <paramref name="parent"/> (an article id or the origin's name).</summary>
    public IEnumerable<Derivation> ChildrenOf(string parent) => Derivations.Where(d => d.From == parent);

    public IEnumerable<Change> ChangesOf(string articleId) => Changes.Where(c => c.ArticleId == articleId);
}
