using static Triangulate.Evaluation.Synthetic.Pages.PageFragments;

namespace Triangulate.Evaluation.Synthetic.Pages.Templates;

/// <summary>
/// A small site with no OpenGraph or JSON-LD: the outlet is in the masthead and the title, the date only in the
/// address; wire copy carries the agency's copyright line ("Copyright 1987 Reuters. All rights reserved.") above the
/// outlet's own footer.
/// </summary>
public sealed class LanternPostTemplate : PageTemplate
{
    public override string Name => "lantern-post";
    public override string Outlet => "The Lantern Post";
    public override string Host => "lanternpost.com";
    public override TimeSpan Offset => TimeSpan.FromHours(-5);
    public override PageHalf Half => PageHalf.HeldOut;
    public override bool DateInUrl => true;
    public override HeadlineStyle Headlines => HeadlineStyle.SentenceCase;

    public override string Render(NewsPage page)
    {
        var head = Head($"{page.Headline} - {Outlet}");
        return head + $"<body><div id=\"masthead\"><a href=\"/\"><img src=\"/img/logo.gif\" alt=\"{E(Outlet)}\"></a><span class=\"tagline\">{E(Outlet)} - independent since 1921</span></div>"
            + Nav("menu", "Front page", "Local", "World", "Letters")
            + $"<div id=\"story\"><h2>{E(page.Headline)}</h2>"
            + (page.Byline is { } byline && page.Agency is null ? $"<div class=\"by\">{E(byline)}</div>" : "")
            + Paragraphs(page.Sentences, SentencesPerParagraph)
            + (page.Agency is { } agency ? $"<p class=\"copyright\">Copyright {page.Published.Year} {E(agency)}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>" : "")
            + "</div>" + Related("You may also like", page.Related, "also-like") + Footer(Outlet, page.Published.Year) + "</body></html>";
    }
}
