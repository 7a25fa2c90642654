namespace Triangulate.Storage;

/// <summary>A sentence that matched a full-text query, with the matched words in <paramref name="Snippet"/> between <see cref="MatchStart"/> and <see cref="MatchEnd"/>.</summary>
public sealed record SearchHit(string ArticleId, string Title, int Paragraph, string Snippet, double Rank)
{
    /// <summary>Marks where a matched word starts in a snippet; the CLI styles it, JSON keeps it.</summary>
    public const string MatchStart = "⟦";

    public const string MatchEnd = "⟧";
}
