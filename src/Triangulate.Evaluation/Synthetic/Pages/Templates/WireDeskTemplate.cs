using static Triangulate.Evaluation.Synthetic.Pages.PageFragments;

namespace Triangulate.Evaluation.Synthetic.Pages.Templates;

/// <summary>
/// Reuters' own article page: JSON-LD NewsArticle in UTC with dateModified, and a date line in inline elements with
/// no space between them, which a careless text extraction joins into "February 26, 19874:20 PM UTC".
/// </summary>
public sealed class WireDeskTemplate : PageTemplate
{
    public override string Name => "wire-desk";
    public override string Outlet => "Reuters";
    public override string Host => "www.reuters.com";
    public override TimeSpan Offset => TimeSpan.Zero;
    public override PageHalf Half => PageHalf.Fit;
    public override string? AgencySite => "Reuters";
    public override HeadlineStyle Headlines => HeadlineStyle.SentenceCase;

    public override string Render(NewsPage page)
    {
        var ld = JsonLd(Thing("NewsArticle", ("headline", page.Headline), ("datePublished", PageDates.Iso(page.Published)),
            ("dateModified", PageDates.Iso(page.Modified ?? page.Published)), ("author", Thing("Organization", ("name", "Reuters"))),
            ("publisher", Thing("Organization", ("name", "Reuters")))));
        var updated = page.Modified is null ? "" : $"<span class=\"date-line__updated\">Updated {PageDates.Ago(page.Id)}</span>";
        return Head($"{page.Headline} | Reuters", Meta("property", "og:site_name", "Reuters"), Meta("property", "og:title", page.Headline), ld)
            + "<body>" + Nav("nav-bar", "World", "Business", "Markets", "Sustainability", "Legal")
            + $"<article><h1 data-testid=\"Heading\">{E(page.Headline)}</h1><div class=\"info-content\"><span class=\"byline\">By Reuters Staff</span>"
            + $"<time datetime=\"{PageDates.Iso(page.Published)}\"><span>{PageDates.AmericanDay(page.Published)}</span><span>{PageDates.AmericanTime(page.Published, "UTC")}</span>{updated}</time></div>"
            + Paragraphs(page.Sentences, SentencesPerParagraph, " data-testid=\"paragraph\"")
            + "<p class=\"trust\">Our Standards: The Thomson Reuters Trust Principles.</p></article>"
            + Related("Read Next", page.Related, "read-next") + Footer("Reuters", page.Published.Year) + "</body></html>";
    }
}
