using Triangulate.Text;

namespace Triangulate.Ingest;

/// <summary>
/// Turns one <see cref="SourceDocument"/> into an <see cref="Article"/>: extracts title and body, sets page
/// furniture aside, and decides outlet, credits and publication time from hints first and the text second.
/// </summary>
public static class ArticleExtractor
{
    /// <summary>The article of a document, with no clock: a weekday date is dated only by the years the text names.</summary>
    public static Article Extract(SourceDocument document) => Extract(document, null);

    /// <param name="clock">Bounds the year of a weekday date when nothing else dates the text; null: no such guess.</param>
    public static Article Extract(SourceDocument document, TimeProvider? clock)
    {
        ArgumentNullException.ThrowIfNull(document);
        var hints = document.Hints;
        var extracted = document.Format == DocumentFormat.Html
            ? HtmlExtractor.Extract(document.Content, hints.Url, clock)
            : PlainTextExtractor.Extract(document.Content, hints.Title, clock);

        var credits = CreditFinder.Find(extracted);
        var outlet = OutletOf(hints, extracted, credits, document.Format == DocumentFormat.Html);
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

    /// <summary>
    /// Who published the page, in order of trust: the name given with the document; the page's own site name
    /// (og:site_name, the JSON-LD publisher); its masthead; the text naming itself; a page's host; and
    /// only then an agency's closing signature, which on a page that names its own site is a credit, not the outlet.
    /// </summary>
    private static Outlet? OutletOf(ArticleHints hints, ExtractedArticle extracted, Credits credits, bool isPage)
    {
        if (hints.Outlet is { Length: > 0 } hinted)
            return new Outlet(hinted, "given with the document");
        if (extracted.SiteName is { Length: > 0 } site)
            return new Outlet(NewsAgencies.Normalise(site), "the page's site name");
        if (extracted.Masthead is { Length: > 0 } masthead)
            return new Outlet(NewsAgencies.Normalise(masthead), "the page's masthead");
        if (credits.Outlet is { } named)
            return named;
        if (isPage && Host(hints.Url ?? extracted.Url) is { } host)
            return new Outlet(host, "the page's host");
        return credits.Signature;
    }

    private static string? Host(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Contains('.', StringComparison.Ordinal)
            ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host).ToLowerInvariant()
            : null;

    /// <summary>A page's headline often opens its article body too; it is the title, not a sentence of the story.</summary>
    private static ExtractedArticle WithoutRepeatedHeadline(ExtractedArticle extracted, string title) =>
        extracted.Body is [var first, ..] && title.Length > 0 && string.Equals(first.Trim(), title.Trim(), StringComparison.OrdinalIgnoreCase)
            ? extracted with { Body = extracted.Body.Skip(1).ToList(), Removed = [new RemovedLine(first, "the headline, repeated in the body"), .. extracted.Removed] }
            : extracted;
}
