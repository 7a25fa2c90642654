namespace Triangulate.Reuse;

/// <summary>
/// Where a group of copies starts: a credited agency's wire (reconstructed from what its copies share when its own
/// text is not in the corpus) or the earliest article.
/// </summary>
/// <param name="Name">The agency, or the outlet (else the title) of the earliest article.</param>
/// <param name="ArticleId">The article that is the origin's own text, when the corpus has it.</param>
/// <param name="Sentences">The origin's text as far as it is known.</param>
/// <param name="Reconstructed">True when the text is the union of sentences its copies share, not one article.</param>
public sealed record Origin(string Name, string? ArticleId, IReadOnlyList<string> Sentences, bool Reconstructed, IReadOnlyList<string> Evidence);
