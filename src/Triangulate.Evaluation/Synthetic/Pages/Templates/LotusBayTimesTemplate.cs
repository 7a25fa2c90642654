using static Triangulate.Evaluation.Synthetic.Pages.PageFragments;

namespace Triangulate.Evaluation.Synthetic.Pages.Templates;

/// <summary>
/// An Indian paper (IST, five and a half hours ahead of UTC): JSON-LD @graph with datePublished and dateModified in
/// +05:30, a visible "Published: Feb 27, 1987, 01:05 IST | Updated: ..." line, and the syndication disclaimer under
/// wire copy.
/// </summary>
public sealed class LotusBayTimesTemplate : PageTemplate
{
    public override string Name => "lotus-bay-times";
    public override string Outlet => "Lotus Bay Times";
    public override string Host => "www.lotusbaytimes.in";
    public override TimeSpan Offset => new(5, 30, 0);
    public override PageHalf Half => PageHalf.Fit;

    public override string Render(NewsPage page)
    {
        var modified = page.Modified ?? page.Published;
        var ld = JsonLd(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@graph"] = new object[]
            {
                Thing("Organization", ("name", Outlet), ("url", $"https://{Host}/")),
                Thing("NewsArticle", ("headline", page.Headline), ("datePublished", PageDates.Iso(page.Published)), ("dateModified", PageDates.Iso(modified)),
                    ("author", Thing("Person", ("name", page.Agency ?? page.Byline ?? "LBT Desk"))), ("publisher", Thing("Organization", ("name", Outlet)))),
            },
        });
        var stamp = $"Published: {PageDates.ShortDay(page.Published)}, {page.Published:HH:mm} IST";
        if (page.Modified is { } updated)
            stamp += $" | Updated: {PageDates.ShortDay(updated)}, {updated:HH:mm} IST";
        return Head($"{page.Headline} - {Outlet}", Meta("property", "og:site_name", Outlet), ld)
            + "<body>" + Nav("menu-bar", "India", "World", "Business", "Cricket", "Entertainment", "Tech")
            + $"<div class=\"story-wrap\"><h1 class=\"story-title\">{E(page.Headline)}</h1>"
            + $"<div class=\"story-meta\"><span class=\"author\">{E(page.Agency ?? page.Byline ?? "LBT Desk")}</span><span class=\"stamp\">{stamp}</span></div>"
            + ShareBar("share-icons", page.Url) + "<div class=\"story-text\">" + Paragraphs(page.Sentences, SentencesPerParagraph)
            + (page.Agency is null ? "" : $"<p class=\"disclaimer\"><i>(Except for the headline, this story has not been edited by {E(Outlet)} staff and is published from a syndicated feed.)</i></p>")
            + "</div></div>" + Related("Top stories", page.Related, "top-stories") + Footer(Outlet, page.Published.Year) + "</body></html>";
    }
}
