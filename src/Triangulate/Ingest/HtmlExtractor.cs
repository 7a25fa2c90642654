namespace Triangulate.Ingest;

/// <summary>
/// Pulls the article out of an HTML page: main text by content scoring (no site-specific rules), title, byline,
/// site name, masthead, canonical URL, every publication-date clue (with the text's weekday dates, as for plain text)
/// and the last update. Fast on large pages, safe on malformed or hostile ones.
/// </summary>
public static class HtmlExtractor
{
    /// <summary>
    /// Extracts the article from <paramref name="html"/>; <paramref name="url"/> is the address it came from, if known;
    /// <paramref name="clock"/> bounds the year of a weekday date the page does not otherwise date (none: no such guess).
    /// </summary>
    public static ExtractedArticle Extract(string html, string? url = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var root = HtmlTreeBuilder.Parse(html);
        var metadata = HtmlMetadataReader.Read(root, url);
        var body = HtmlContentExtractor.Extract(root);
        var clues = metadata.DateClues.ToList();
        var text = string.Join("\n", body.Paragraphs);
        if (DateClueFinder.LatestYear(text, clues, clock) is { } latestYear)
            clues.AddRange(DateClueFinder.FromWeekdayDates(text, latestYear));
        return new ExtractedArticle(metadata.Title, body.Paragraphs, body.Removed, clues,
            metadata.Byline, metadata.SiteName, metadata.Url, PublicationTimeResolver.ResolveModified(clues), metadata.Masthead);
    }
}
