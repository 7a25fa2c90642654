using static Triangulate.Evaluation.Synthetic.Pages.PageFragments;

namespace Triangulate.Evaluation.Synthetic.Pages.Templates;

/// <summary>
/// A New Zealand site that states no date (and no JSON-LD): og:site_name and a byline; wire copy ends with the
/// agency's name set apart ("- Reuters") and a "Sign up for our newsletter" box follows the text.
/// </summary>
public sealed class FenwickStarTemplate : PageTemplate
{
    public override string Name => "fenwick-star";
    public override string Outlet => "The Fenwick Star";
    public override string Host => "www.fenwickstar.co.nz";
    public override TimeSpan Offset => TimeSpan.FromHours(12);
    public override PageHalf Half => PageHalf.HeldOut;
    public override bool StatesDate => false;
    public override HeadlineStyle Headlines => HeadlineStyle.SentenceCase;
    public override int SentencesPerParagraph => 2;

    public override string Render(NewsPage page) =>
        Head($"{page.Headline} | {Outlet}", Meta("property", "og:site_name", Outlet), Meta("property", "og:title", page.Headline))
        + "<body>" + Nav("site-header__nav", "News", "Rural", "World", "Sport", "Life")
        + $"<div class=\"article-page\"><h1>{E(page.Headline)}</h1><p class=\"article-author\">By {E(page.Agency is null ? page.Byline ?? "Star reporters" : "Star staff")}</p>"
        + "<div class=\"article-content\">" + Paragraphs(page.Sentences, SentencesPerParagraph)
        + (page.Agency is { } agency ? $"<p>- {E(agency)}</p>" : "") + "</div>"
        + Newsletter(Outlet, "newsletter-cta") + ShareBar("share-strip", page.Url) + "</div>"
        + Related("More stories", page.Related, "more-stories") + CookieNote(Outlet) + Footer(Outlet, page.Published.Year) + "</body></html>";
}
