using static Triangulate.Evaluation.Synthetic.Pages.PageFragments;

namespace Triangulate.Evaluation.Synthetic.Pages.Templates;

/// <summary>
/// A Canadian daily on a large commercial CMS: JSON-LD NewsArticle with publisher and dateModified, OpenGraph,
/// an AP-style date line ("Published Feb. 26, 1987 1:05 p.m. EST") inside &lt;time&gt;, a newsletter box inside the
/// article body, and "With files from Reuters" closing wire copy.
/// </summary>
public sealed class MapleLedgerTemplate : PageTemplate
{
    public override string Name => "maple-ledger";
    public override string Outlet => "The Maple Ledger";
    public override string Host => "www.mapleledger.ca";
    public override TimeSpan Offset => TimeSpan.FromHours(-5);
    public override PageHalf Half => PageHalf.Fit;

    public override string Render(NewsPage page)
    {
        var iso = PageDates.Iso(page.Published);
        var ld = JsonLd(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = page.Headline,
            ["datePublished"] = iso,
            ["dateModified"] = PageDates.Iso(page.Modified ?? page.Published),
            ["articleSection"] = page.Section,
            ["author"] = page.Agency is { } agency ? Thing("Organization", ("name", agency)) : Thing("Person", ("name", page.Byline ?? "Ledger Staff")),
            ["publisher"] = Thing("NewsMediaOrganization", ("name", Outlet), ("logo", Thing("ImageObject", ("url", $"https://{Host}/logo.png")))),
            ["mainEntityOfPage"] = page.Url,
        });
        var head = Head($"{page.Headline} | {Outlet}",
            Meta("property", "og:site_name", Outlet), Meta("property", "og:type", "article"), Meta("property", "og:title", page.Headline),
            Meta("property", "og:url", page.Url), Meta("property", "article:published_time", iso), Meta("property", "article:section", page.Section), ld);
        var body = page.Sentences;
        var updated = page.Modified is { } modified ? $"<span class=\"article-updated\">Updated {PageDates.Ap(modified, "EST")}</span>" : "";
        return head + "<body>" + Nav("site-nav", "News", "Business", "Politics", "Sports", "Opinion", "Life")
            + $"<header class=\"masthead\"><a href=\"/\" class=\"brand\">{E(Outlet)}</a></header>\n<main><article class=\"story\">"
            + $"<h1 class=\"headline\">{E(page.Headline)}</h1>"
            + $"<div class=\"article-meta\"><span class=\"byline\">By {E(page.Agency ?? page.Byline ?? "Ledger Staff")}</span>"
            + $"<time datetime=\"{iso}\">Published {PageDates.Ap(page.Published, "EST")}</time>{updated}</div>"
            + ShareBar("share-tools", page.Url)
            + "<div class=\"story-body\">" + Paragraphs(body.Take(3).ToList(), SentencesPerParagraph)
            + Newsletter(Outlet, "inline-newsletter") + Paragraphs(body.Skip(3).ToList(), SentencesPerParagraph)
            + (page.Agency is { } credit ? $"<p class=\"credit\"><em>With files from {E(credit)}</em></p>" : "") + "</div></article>"
            + Related($"More from {Outlet}", page.Related, "related-stories") + "</main>"
            + CookieNote(Outlet) + Footer(Outlet, page.Published.Year) + "</body></html>";
    }
}
