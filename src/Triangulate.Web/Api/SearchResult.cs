namespace Triangulate.Web.Api;

/// <summary>A sentence that matched a search; the matched words are marked ⟦so⟧ in <paramref name="Snippet"/>.</summary>
public sealed record SearchResult(string Article, string Title, int Paragraph, string Snippet, double Rank);
