using static Triangulate.Evaluation.Synthetic.Pages.PageFragments;

namespace Triangulate.Evaluation.Synthetic.Pages.Templates;

/// <summary>
/// A web-only daily with nothing but OpenGraph in its head (article:published_time, no JSON-LD) and a date line
/// split over inline elements with no space between them ("February 26, 1987" "4:20 PM UTC" "Updated 45 min ago");
/// wire copy ends with the agency's signature on a line of its own.
/// </summary>
public sealed class KestrelDailyTemplate : PageTemplate
{
    public override string Name => "kestrel-daily";
    public override string Outlet => "Kestrel Daily";
    public override string Host => "kestreldaily.com";
    public override TimeSpan Offset => TimeSpan.Zero;
    public override PageHalf Half => PageHalf.Fit;

    public override string Render(NewsPage page)
    {
        var head = Head($"{page.Headline} - {Outlet}",
            Meta("property", "og:site_name", Outlet), Meta("property", "og:title", page.Headline), Meta("property", "og:type", "article"),
            Meta("property", "article:published_time", PageDates.Iso(page.Published)), Meta("name", "twitter:card", "summary_large_image"));
        var updated = page.Modified is null ? "" : $"<span class=\"updated\">Updated {PageDates.Ago(page.Id)}</span>";
        return head + "<body>" + Nav("topbar", "Home", "World", "Markets", "Tech", "Video")
            + $"<div class=\"container\"><div class=\"post\"><h1 class=\"post-title\">{E(page.Headline)}</h1>"
            + $"<div class=\"post-byline\">By {E(page.Agency ?? page.Byline ?? "Kestrel Staff")}</div>"
            + $"<div class=\"date-line\"><span class=\"day\">{PageDates.AmericanDay(page.Published)}</span><span class=\"time\">{PageDates.AmericanTime(page.Published, "UTC")}</span>{updated}</div>"
            + "<div class=\"post-content\">" + Paragraphs(page.Sentences, SentencesPerParagraph)
            + (page.Agency is { } agency ? $"<p>{E(agency)}</p>" : "") + "</div>"
            + ShareBar("share-row", page.Url) + "</div>"
            + Related("Read more", page.Related, "read-more") + "</div>" + CookieNote(Outlet) + Footer(Outlet, page.Published.Year) + "</body></html>";
    }
}
