using Triangulate.Text;

namespace Triangulate.Ingest;

/// <summary>
/// Turns one <see cref="SourceDocument"/> into an <see cref="Article"/>: extracts title and body, sets page
/// furniture aside, and decides outlet, credits and publication time from hints first and the text second.
/// </summary>
public static class ArticleExtractor
{
    public static Article Extract(SourceDocument document)
    {
        var hints = document.Hints;
        var extracted = document.Format == DocumentFormat.Html
            ? HtmlExtractor.Extract(document.Content, hints.Url)
            : PlainTextExtractor.Extract(document.Content, hints.Title);

        var credits = CreditFinder.Find(extracted);
        var outlet = hints.Outlet is { Length: > 0 } hintedOutlet
            ? new Outlet(hintedOutlet, "given with the document")
            : credits.Outlet ?? (extracted.SiteName is { Length: > 0 } site ? new Outlet(site, "the page's site name") : null);
        var title = hints.Title is { Length: > 0 } hintedTitle ? hintedTitle : extracted.Title;
        extracted = WithoutRepeatedHeadline(extracted, title);

        var contentHash = XxHash64.HexHash(title + "\n" + string.Join("\n", extracted.Body));
        return new Article(
            Id: XxHash64.HexHash(document.Source + "\n" + contentHash),
            ContentHash: contentHash,
            Source: document.Source,
            Url: hints.Url ?? extracted.Url,
            Title: title,
            Outlet: outlet,
            Published: PublicationTimeResolver.Resolve(extracted.DateClues, hints.Date, string.Join("\n", extracted.Body)),
            Credits: credits.Agencies,
            Byline: credits.Byline ?? extracted.Byline,
            Body: extracted.Body,
            Removed: extracted.Removed);
    }

    /// <summary>A page's headline often opens its article body too; it is the title, not a sentence of the story.</summary>
    private static ExtractedArticle WithoutRepeatedHeadline(ExtractedArticle extracted, string title) =>
        extracted.Body is [var first, ..] && title.Length > 0 && string.Equals(first.Trim(), title.Trim(), StringComparison.OrdinalIgnoreCase)
            ? extracted with { Body = extracted.Body.Skip(1).ToList(), Removed = [new RemovedLine(first, "the headline, repeated in the body"), .. extracted.Removed] }
            : extracted;
}
