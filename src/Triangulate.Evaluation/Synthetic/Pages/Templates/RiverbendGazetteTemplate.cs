using static Triangulate.Evaluation.Synthetic.Pages.PageFragments;

namespace Triangulate.Evaluation.Synthetic.Pages.Templates;

/// <summary>
/// A regional paper on an old CMS: no date in its metadata at all, only a visible line ("Thu 26 Feb 1987 09.14
/// CST"); wire copy closes with "(Reporting by Reuters)".
/// </summary>
public sealed class RiverbendGazetteTemplate : PageTemplate
{
    public override string Name => "riverbend-gazette";
    public override string Outlet => "Riverbend Gazette";
    public override string Host => "www.riverbendgazette.com";
    public override TimeSpan Offset => TimeSpan.FromHours(-6);
    public override PageHalf Half => PageHalf.HeldOut;

    public override string Render(NewsPage page)
    {
        var head = Head($"{Outlet}: {page.Headline}", Meta("property", "og:site_name", Outlet), Meta("name", "keywords", page.Section.ToLowerInvariant() + ", news"));
        return head + "<body><table class=\"layout\"><tr><td class=\"left-rail\">" + Nav("sections", "Local", "State", "Nation", "Farm", "Obituaries")
            + "</td><td class=\"content\">"
            + $"<div class=\"headline\"><b>{E(page.Headline)}</b></div>"
            + $"<p class=\"dateline\">{PageDates.Compact(page.Published, "CST")}</p>"
            + (page.Byline is { } byline && page.Agency is null ? $"<p class=\"author\">{E(byline)}</p>" : "")
            + "<div class=\"text\">" + Paragraphs(page.Sentences, SentencesPerParagraph)
            + (page.Agency is { } agency ? $"<p>(Reporting by {E(agency)})</p>" : "") + "</div>"
            + Related("Other headlines", page.Related, "other-headlines")
            + "</td></tr></table>" + Footer(Outlet, page.Published.Year) + "</body></html>";
    }
}
