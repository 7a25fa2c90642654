namespace Triangulate.Reuse;

/// <summary>
/// What one article derives from: its parent (another article, or the group's origin), how, and why we think so.
/// </summary>
/// <param name="From">The parent: an article id, or the origin's name when the parent is the origin.</param>
/// <param name="ParentArticleId">The parent article, or the origin's own article, or null for a reconstructed wire.</param>
/// <param name="Share">Fraction of the parent's sentences the article carries.</param>
/// <param name="Alignment">The article's sentences aligned to the parent's.</param>
public sealed record Derivation(
    string ArticleId,
    string From,
    string? ParentArticleId,
    DerivationKind Kind,
    double Share,
    IReadOnlyList<string> Evidence,
    TextReuse Alignment);
