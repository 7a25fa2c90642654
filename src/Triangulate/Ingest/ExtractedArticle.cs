namespace Triangulate.Ingest;

/// <summary>What an extractor pulled out of one document, before outlet and date are decided.</summary>
/// <param name="Body">Paragraphs of the article text, in order, without page furniture.</param>
/// <param name="Removed">Page furniture set aside, in document order.</param>
/// <param name="DateClues">Every date found that may be the publication time, or that stamps a later update.</param>
/// <param name="Modified">When the page says it was last updated; never taken for the publication time.</param>
/// <param name="Masthead">The name a page shows as its own when it has no site-name metadata.</param>
public sealed record ExtractedArticle(
    string Title,
    IReadOnlyList<string> Body,
    IReadOnlyList<RemovedLine> Removed,
    IReadOnlyList<DateClue> DateClues,
    string? Byline = null,
    string? SiteName = null,
    string? Url = null,
    PublicationTime? Modified = null,
    string? Masthead = null);
