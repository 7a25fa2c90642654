using static Triangulate.Evaluation.Synthetic.Pages.PageFragments;

namespace Triangulate.Evaluation.Synthetic.Pages.Templates;

/// <summary>
/// An Australian paper (AEST, ten hours ahead of UTC, so its day is often the wire's next day): plain meta tags
/// (name="date" with the day, parsely-pub-date with the time), a visible day with no time ("Feb 27, 1987"), and an
/// agency signature closing wire copy ("- Reuters").
/// </summary>
public sealed class SaltmarshTimesTemplate : PageTemplate
{
    public override string Name => "saltmarsh-times";
    public override string Outlet => "Saltmarsh Times";
    public override string Host => "www.saltmarshtimes.com.au";
    public override TimeSpan Offset => TimeSpan.FromHours(10);
    public override PageHalf Half => PageHalf.Fit;
    public override HeadlineStyle Headlines => HeadlineStyle.SentenceCase;

    public override string Render(NewsPage page)
    {
        var head = Head(page.Headline,
            Meta("name", "date", page.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            Meta("name", "parsely-pub-date", PageDates.Iso(page.Published)), Meta("name", "parsely-section", page.Section),
            Meta("property", "og:site_name", Outlet), Meta("name", "description", Description(page)));
        return head + "<body>" + Nav("nav", "Latest", "National", "World", "Business", "Sport")
            + $"<div class=\"article\"><h1>{E(page.Headline)}</h1><div class=\"article__date\">{PageDates.ShortDay(page.Published)}</div>"
            + (page.Agency is null ? $"<div class=\"article__author\">{E(page.Byline ?? "Staff reporter")}</div>" : "")
            + Paragraphs(page.Sentences, SentencesPerParagraph, " class=\"article__p\"")
            + (page.Agency is { } agency ? $"<p class=\"article__p\">- {E(agency)}</p>" : "")
            + ShareBar("article__share", page.Url) + "</div>" + Newsletter(Outlet, "promo-newsletter")
            + Related("Related coverage", page.Related, "related") + CookieNote(Outlet) + Footer(Outlet, page.Published.Year) + "</body></html>";
    }

    private static string Description(NewsPage page) =>
        page.Sentences.Count == 0 ? page.Headline : page.Sentences[0].Length <= 160 ? page.Sentences[0] : page.Sentences[0][..157] + "...";
}
