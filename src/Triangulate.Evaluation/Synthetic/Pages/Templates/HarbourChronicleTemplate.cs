using static Triangulate.Evaluation.Synthetic.Pages.PageFragments;

namespace Triangulate.Evaluation.Synthetic.Pages.Templates;

/// <summary>
/// A British paper: JSON-LD as an @graph (WebSite, WebPage, NewsArticle, Organization linked by @id), a &lt;time&gt;
/// showing "26 February 1987, 14:20 GMT", "Staff and agencies" bylines, two sentences to a paragraph, and a related
/// box in the middle of the article.
/// </summary>
public sealed class HarbourChronicleTemplate : PageTemplate
{
    public override string Name => "harbour-chronicle";
    public override string Outlet => "The Harbour Chronicle";
    public override string Host => "www.harbourchronicle.co.uk";
    public override TimeSpan Offset => TimeSpan.Zero;
    public override PageHalf Half => PageHalf.HeldOut;
    public override HeadlineStyle Headlines => HeadlineStyle.SentenceCase;
    public override int SentencesPerParagraph => 2;

    public override string Render(NewsPage page)
    {
        var iso = PageDates.Iso(page.Published);
        var organisation = $"https://{Host}/#organization";
        var ld = JsonLd(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@graph"] = new object[]
            {
                new Dictionary<string, object> { ["@type"] = "WebSite", ["@id"] = $"https://{Host}/#website", ["name"] = Outlet, ["publisher"] = new Dictionary<string, string> { ["@id"] = organisation } },
                new Dictionary<string, object> { ["@type"] = "WebPage", ["@id"] = page.Url, ["name"] = page.Headline },
                new Dictionary<string, object>
                {
                    ["@type"] = "NewsArticle", ["headline"] = page.Headline, ["datePublished"] = iso, ["dateModified"] = PageDates.Iso(page.Modified ?? page.Published),
                    ["author"] = Thing("Person", ("name", Byline(page))), ["publisher"] = new Dictionary<string, string> { ["@id"] = organisation },
                },
                new Dictionary<string, object> { ["@type"] = "NewsMediaOrganization", ["@id"] = organisation, ["name"] = Outlet },
            },
        });
        var head = Head($"{page.Headline} | {page.Section} | {Outlet}", Meta("property", "og:site_name", Outlet), Meta("property", "og:title", page.Headline), ld);
        var middle = Math.Min(4, page.Sentences.Count);
        return head + "<body><div class=\"skip\"><a href=\"#maincontent\">Skip to main content</a></div>"
            + Nav("nav-primary", "UK", "World", "Business", "Environment", "Sport", "Culture")
            + $"<div id=\"maincontent\"><h1>{E(page.Headline)}</h1>"
            + $"<aside class=\"meta\"><address>{E(Byline(page))}</address><time datetime=\"{iso}\">{PageDates.British(page.Published, "GMT")}</time></aside>"
            + "<div class=\"article-body\">" + Paragraphs(page.Sentences.Take(middle).ToList(), SentencesPerParagraph)
            + Related("Related", page.Related.Take(2).ToList(), "rich-link")
            + Paragraphs(page.Sentences.Skip(middle).ToList(), SentencesPerParagraph) + "</div>"
            + ShareBar("social-share", page.Url) + Related("Most viewed", page.Related.Skip(2).ToList(), "most-viewed") + "</div>"
            + CookieNote(Outlet) + Footer(Outlet, page.Published.Year) + "</body></html>";
    }

    private static string Byline(NewsPage page) => page.Agency is null ? page.Byline ?? "Chronicle reporter" : "Staff and agencies";
}
