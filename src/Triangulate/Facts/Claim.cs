namespace Triangulate.Facts;

/// <summary>A numeric claim as several articles carry it: the first wording seen, and every article that makes it.</summary>
public sealed record Claim(string Id, Quantity Quantity, IReadOnlyList<string> ArticleIds);
