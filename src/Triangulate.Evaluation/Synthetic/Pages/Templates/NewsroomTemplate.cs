using static Triangulate.Evaluation.Synthetic.Pages.PageFragments;

namespace Triangulate.Evaluation.Synthetic.Pages.Templates;

/// <summary>
/// AFP's own article page: article:published_time in Central European Time, a &lt;time&gt; element and a visible
/// "Published on 26 February 2005 at 15:20 CET" line; the dateline credit opens the text.
/// </summary>
public sealed class NewsroomTemplate : PageTemplate
{
    public override string Name => "newsroom";
    public override string Outlet => "AFP";
    public override string Host => "www.afp.com";
    public override TimeSpan Offset => TimeSpan.FromHours(1);
    public override PageHalf Half => PageHalf.HeldOut;
    public override string? AgencySite => "AFP";
    public override HeadlineStyle Headlines => HeadlineStyle.SentenceCase;

    public override string Render(NewsPage page)
    {
        var iso = PageDates.Iso(page.Published);
        var visible = $"Published on {page.Published.ToString("d MMMM yyyy 'at' HH:mm", System.Globalization.CultureInfo.InvariantCulture)} CET";
        return Head($"{page.Headline} - AFP", Meta("property", "og:site_name", "AFP"), Meta("property", "og:type", "article"),
                Meta("property", "article:published_time", iso), Meta("property", "article:author", "AFP"))
            + "<body>" + Nav("menu", "News", "Photo", "Video", "Fact check")
            + $"<div class=\"article-wrap\"><h1>{E(page.Headline)}</h1><p class=\"meta\"><time datetime=\"{iso}\">{visible}</time></p>"
            + "<div class=\"textcontent\">" + Paragraphs(page.Sentences, SentencesPerParagraph) + "</div>"
            + ShareBar("share-links", page.Url) + "</div>" + Related("Latest news", page.Related, "latest")
            + CookieNote("AFP") + Footer("Agence France-Presse", page.Published.Year) + "</body></html>";
    }
}
