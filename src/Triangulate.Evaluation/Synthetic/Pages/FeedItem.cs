namespace Triangulate.Evaluation.Synthetic.Pages;

/// <summary>A headline in an outlet's RSS feed: a title and sometimes one sentence, pointing to a story.</summary>
public sealed record FeedItem(string Title, string? Description, PageGold Gold);
