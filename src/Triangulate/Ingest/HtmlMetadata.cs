namespace Triangulate.Ingest;

/// <summary>What a page says about itself outside its body text: head metadata, JSON-LD, links and date lines.</summary>
internal sealed record HtmlMetadata(
    string Title,
    string? Byline,
    string? SiteName,
    string? Url,
    IReadOnlyList<DateClue> DateClues);
