using static Triangulate.Evaluation.Synthetic.Pages.PageFragments;

namespace Triangulate.Evaluation.Synthetic.Pages.Templates;

/// <summary>
/// A site that states no date anywhere: JSON-LD with headline, author and publisher only, an address without a
/// date and an "Updated 2 hours ago" stamp; wire copy ends with "Reuters contributed to this report."
/// </summary>
public sealed class CopperfieldSentinelTemplate : PageTemplate
{
    public override string Name => "copperfield-sentinel";
    public override string Outlet => "Copperfield Sentinel";
    public override string Host => "www.copperfieldsentinel.com";
    public override TimeSpan Offset => TimeSpan.FromHours(-5);
    public override PageHalf Half => PageHalf.Fit;
    public override bool StatesDate => false;

    public override string Render(NewsPage page)
    {
        var ld = JsonLd(Thing("NewsArticle", ("headline", page.Headline), ("author", Thing("Person", ("name", page.Byline ?? "Sentinel Staff"))),
            ("publisher", Thing("Organization", ("name", Outlet)))));
        return Head($"{page.Headline} | {Outlet}", Meta("property", "og:site_name", Outlet), Meta("property", "og:title", page.Headline), ld)
            + "<body>" + CookieNote(Outlet) + Nav("header-nav", "Latest", "Region", "Nation", "Money", "Sports")
            + $"<main><h1>{E(page.Headline)}</h1><div class=\"meta\"><span>By {E(page.Byline ?? "Sentinel Staff")}</span> · <span>Updated {PageDates.Ago(page.Id)}</span></div>"
            + ShareBar("share-buttons", page.Url) + Paragraphs(page.Sentences, SentencesPerParagraph)
            + (page.Agency is { } agency ? $"<p><i>{E(agency)} contributed to this report.</i></p>" : "")
            + Related("Most popular", page.Related, "popular") + "</main>" + Footer(Outlet, page.Published.Year) + "</body></html>";
    }
}
