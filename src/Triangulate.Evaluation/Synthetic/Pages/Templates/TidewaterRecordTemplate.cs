using static Triangulate.Evaluation.Synthetic.Pages.PageFragments;

namespace Triangulate.Evaluation.Synthetic.Pages.Templates;

/// <summary>
/// A Pacific-coast paper whose JSON-LD gives a local time with no zone ("1987-02-26T09:20:00") and whose page shows
/// "Posted: Thu, Feb 26, 1987 at 9:20 AM PST"; wire copy is bylined "From wire reports" and ends with
/// "Reuters contributed to this report."
/// </summary>
public sealed class TidewaterRecordTemplate : PageTemplate
{
    public override string Name => "tidewater-record";
    public override string Outlet => "Tidewater Record";
    public override string Host => "www.tidewaterrecord.com";
    public override TimeSpan Offset => TimeSpan.FromHours(-8);
    public override PageHalf Half => PageHalf.HeldOut;

    public override string Render(NewsPage page)
    {
        var ld = JsonLd(Thing("NewsArticle", ("headline", page.Headline), ("datePublished", PageDates.IsoLocal(page.Published)),
            ("author", Thing("Person", ("name", page.Agency is null ? page.Byline ?? "Record staff" : "From wire reports"))),
            ("publisher", Thing("Organization", ("name", Outlet)))));
        return Head($"{page.Headline} | {Outlet}", Meta("property", "og:site_name", Outlet), Meta("property", "og:type", "article"), ld)
            + "<body>" + Nav("navbar", "News", "Coast", "Sports", "Business", "Outdoors")
            + $"<div class=\"entry\"><h1 class=\"entry-title\">{E(page.Headline)}</h1>"
            + $"<p class=\"entry-meta\">{E(page.Agency is null ? "By " + (page.Byline ?? "Record staff") : "From wire reports")}</p>"
            + $"<p class=\"posted\">Posted: {PageDates.Posted(page.Published, "PST")}</p>"
            + "<div class=\"entry-content\">" + Paragraphs(page.Sentences, SentencesPerParagraph)
            + (page.Agency is { } agency ? $"<p><em>{E(agency)} contributed to this report.</em></p>" : "")
            + Newsletter(Outlet, "nl-signup") + "</div></div>"
            + Related("Recommended", page.Related, "recommended") + CookieNote(Outlet) + Footer(Outlet, page.Published.Year) + "</body></html>";
    }
}
