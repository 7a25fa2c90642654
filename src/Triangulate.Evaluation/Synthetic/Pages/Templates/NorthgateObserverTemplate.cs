using static Triangulate.Evaluation.Synthetic.Pages.PageFragments;

namespace Triangulate.Evaluation.Synthetic.Pages.Templates;

/// <summary>
/// An Irish paper marked up with schema.org microdata instead of JSON-LD (itemprop datePublished, publisher, author)
/// and a day-first numeric date line ("26/02/1987 15:20"); the agency is named as the author.
/// </summary>
public sealed class NorthgateObserverTemplate : PageTemplate
{
    public override string Name => "northgate-observer";
    public override string Outlet => "Northgate Observer";
    public override string Host => "www.northgateobserver.ie";
    public override TimeSpan Offset => TimeSpan.Zero;
    public override PageHalf Half => PageHalf.HeldOut;
    public override HeadlineStyle Headlines => HeadlineStyle.SentenceCase;
    public override int SentencesPerParagraph => 2;

    public override string Render(NewsPage page)
    {
        var head = Head($"{page.Headline} – {Outlet}", Meta("property", "og:title", page.Headline), Meta("property", "og:site_name", Outlet));
        return head + "<body>" + Nav("primary-navigation", "Ireland", "World", "Business", "Sport", "Opinion")
            + "<article itemscope itemtype=\"https://schema.org/NewsArticle\">"
            + $"<meta itemprop=\"datePublished\" content=\"{PageDates.Iso(page.Published)}\">"
            + $"<div itemprop=\"publisher\" itemscope itemtype=\"https://schema.org/Organization\"><meta itemprop=\"name\" content=\"{E(Outlet)}\"></div>"
            + $"<h1 itemprop=\"headline\">{E(page.Headline)}</h1>"
            + $"<div class=\"byline\"><span itemprop=\"author\">{E(page.Agency ?? page.Byline ?? "Observer reporter")}</span> | <span class=\"timestamp\">{PageDates.DayFirstNumeric(page.Published)}</span></div>"
            + "<div itemprop=\"articleBody\">" + Paragraphs(page.Sentences, SentencesPerParagraph) + "</div>"
            + ShareBar("share", page.Url) + "</article>" + Related("Read next", page.Related, "read-next")
            + CookieNote(Outlet) + Footer(Outlet, page.Published.Year) + "</body></html>";
    }
}
