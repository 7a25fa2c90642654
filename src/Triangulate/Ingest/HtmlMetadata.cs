namespace Triangulate.Ingest;

/// <summary>What a page says about itself outside its body text: head metadata, JSON-LD, links and date lines.</summary>
/// <param name="Masthead">The name the page shows as its own (a logo's text, a title's site suffix) when it has no site-name metadata.</param>
internal sealed record HtmlMetadata(
    string Title,
    string? Byline,
    string? SiteName,
    string? Url,
    IReadOnlyList<DateClue> DateClues,
    string? Masthead);
