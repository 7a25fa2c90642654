namespace Triangulate.Reuse;

/// <summary>One thing <paramref name="ArticleId"/> changed against its parent <paramref name="From"/> (an article id or the origin's name).</summary>
/// <param name="OriginText">The parent's words (null for an added sentence).</param>
/// <param name="Text">The article's words (null for a dropped sentence).</param>
/// <param name="Sentence">Index of the article's sentence that carries the change, when there is one.</param>
public sealed record Change(ChangeKind Kind, string ArticleId, string From, string? OriginText, string? Text, int? Sentence);
