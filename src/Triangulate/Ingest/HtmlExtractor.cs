namespace Triangulate.Ingest;

/// <summary>
/// Pulls the article out of an HTML page: main text by content scoring (no site-specific rules), title, byline,
/// site name, canonical URL and every publication-date clue. Fast on large pages, safe on malformed or hostile ones.
/// </summary>
public static class HtmlExtractor
{
    /// <summary>Extracts the article from <paramref name="html"/>; <paramref name="url"/> is the address it came from, if known.</summary>
    public static ExtractedArticle Extract(string html, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var root = HtmlTreeBuilder.Parse(html);
        var metadata = HtmlMetadataReader.Read(root, url);
        var body = HtmlContentExtractor.Extract(root);
        return new ExtractedArticle(metadata.Title, body.Paragraphs, body.Removed, metadata.DateClues,
            metadata.Byline, metadata.SiteName, metadata.Url);
    }
}
