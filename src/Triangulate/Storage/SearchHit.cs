namespace Triangulate.Storage;

/// <summary>A sentence that matched a full-text query, with the match marked in <paramref name="Snippet"/>.</summary>
public sealed record SearchHit(string ArticleId, string Title, int Paragraph, string Snippet, double Rank);
