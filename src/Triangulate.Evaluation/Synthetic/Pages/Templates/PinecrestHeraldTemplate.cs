using static Triangulate.Evaluation.Synthetic.Pages.PageFragments;

namespace Triangulate.Evaluation.Synthetic.Pages.Templates;

/// <summary>
/// A West Coast paper whose only date is in the address (/news/1987/02/26/slug/): its JSON-LD names author and
/// publisher but no date, and the page shows only "Updated 3 hours ago"; wire copy is credited in the JSON-LD author.
/// </summary>
public sealed class PinecrestHeraldTemplate : PageTemplate
{
    public override string Name => "pinecrest-herald";
    public override string Outlet => "Pinecrest Herald";
    public override string Host => "www.pinecrestherald.com";
    public override TimeSpan Offset => TimeSpan.FromHours(-8);
    public override PageHalf Half => PageHalf.Fit;
    public override bool DateInUrl => true;
    public override int SentencesPerParagraph => 2;

    public override string Render(NewsPage page)
    {
        var ld = JsonLd(Thing("NewsArticle", ("headline", page.Headline), ("url", page.Url),
            ("author", page.Agency is { } agency ? Thing("Organization", ("name", agency)) : Thing("Person", ("name", page.Byline ?? "Herald staff"))),
            ("publisher", Thing("Organization", ("name", Outlet)))));
        var head = Head($"{page.Headline} | {Outlet}", Meta("property", "og:site_name", Outlet), Meta("property", "og:url", page.Url), ld);
        return head + "<body>" + CookieNote(Outlet) + Nav("main-menu", "News", "Sports", "Business", "Entertainment", "Weather")
            + $"<article><header><h1>{E(page.Headline)}</h1><div class=\"stamp\">Updated {PageDates.Ago(page.Id)}</div></header>"
            + ShareBar("sharebar", page.Url) + "<section class=\"article-text\">" + Paragraphs(page.Sentences, SentencesPerParagraph) + "</section>"
            + Newsletter(Outlet, "signup-box") + "</article>" + Related("Trending", page.Related, "trending")
            + Footer(Outlet, page.Published.Year) + "</body></html>";
    }
}
