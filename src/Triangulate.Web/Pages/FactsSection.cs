using System.Globalization;
using Triangulate.Events;
using Triangulate.Analysis;
using Triangulate.Text;

namespace Triangulate.Web.Pages;

/// <summary>A story's or an article's facts: events and claims with who says so, how many independent origins they stand on, and links to the sentences behind them.</summary>
internal static class FactsSection
{
    public const int EvidenceLinks = 6;

    /// <summary>Events; across stories (the timeline) each also shows its story and the first sentence that tells it, since no story page around it does.</summary>
    public static void Events(Html html, IReadOnlyList<EventView> events, bool acrossStories = false)
    {
        if (events.Count == 0)
        {
            html.Tag("p", "No events found.", "class", "meta");
            return;
        }
        html.Raw("<ul class=\"facts events\">");
        foreach (var e in events)
        {
            html.Open("li", "id", e.Id).Tag("span", e.Type, "class", "kind kind-event").Text(" ");
            Participants(html, e);
            if (e.Place is { } place)
                html.Text(" · in " + place.Name);
            if (e.Time is { } time)
                html.Text(" · " + When(time));
            if (e.Modality != "happened")
                html.Text(" · " + e.Modality);
            if (acrossStories && e.Evidence.Count > 0)
                html.Raw("<div class=\"said\">").Tag("q", e.Evidence[0].Text).Raw("</div>");
            html.Raw("<div class=\"meta\">");
            Support(html, e.IndependentOrigins, e.Articles.Count, e.Status, e.Sources);
            if (acrossStories)
                html.Text(" · ").Link("story", Html.PathOf("/stories", e.Story));
            Evidence(html, e.Evidence);
            html.Raw("</div></li>");
        }
        html.Raw("</ul>");
    }

    public static void Claims(Html html, IReadOnlyList<ClaimView> claims)
    {
        if (claims.Count == 0)
        {
            html.Tag("p", "No figures found.", "class", "meta");
            return;
        }
        html.Raw("<ul class=\"facts claims\">");
        foreach (var c in claims)
        {
            html.Open("li", "id", c.Id).Tag("strong", c.Text).Text(c.What is null ? "" : " " + c.What);
            if (c.AccordingTo is { } according)
                html.Text(", according to " + according);
            html.Raw("<div class=\"meta\">");
            Support(html, c.IndependentOrigins, c.Articles.Count, c.Status, c.Sources);
            Evidence(html, c.Evidence);
            html.Raw("</div></li>");
        }
        html.Raw("</ul>");
    }

    /// <summary>When an event took place as a reader says it: "2026-06-08 (“overnight”)", not the TimeML value "2026-06-08TNI".</summary>
    private static string When(EventTime time)
    {
        var value = time.Precision == "day" && time.Start is { } day ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : time.Value;
        var said = time.Evidence.Text.Trim();
        return (time.Reported ? "on or before " : "") + value + (string.Equals(said, value, StringComparison.OrdinalIgnoreCase) ? "" : $" (“{said}”)");
    }

    private static void Participants(Html html, EventView e)
    {
        foreach (var (participant, index) in e.Participants.Select((p, i) => (p, i)))
        {
            html.Text(index == 0 ? "" : ", ");
            if (participant.Actor is { } actor)
                html.Link(participant.Name, Html.PathOf("/actors", actor));
            else
                html.Text(participant.Name);
            html.Tag("span", " (" + participant.Role + ")", "class", "meta");
        }
    }

    private static void Support(Html html, int origins, int articles, string status, IReadOnlyList<string> sources)
    {
        html.Tag("strong", Format.Count(origins, "independent origin", "independent origins"))
            .Text($" · {Format.Count(articles, "article", "articles")} · {status}");
        if (sources.Count > 0)
            html.Text(" · sources: " + string.Join("; ", sources));
    }

    /// <summary>Links to the first few supporting sentences, each in its article.</summary>
    private static void Evidence(Html html, IReadOnlyList<Evidence> evidence)
    {
        foreach (var (item, index) in evidence.Take(EvidenceLinks).Select((e, i) => (e, i)))
        {
            html.Text(" · ").Link($"sentence {index + 1}", Html.PathOf("/articles", item.Article) + (item.Sentence >= 0 ? "#s" + item.Sentence : ""),
                "title", item.Text);
        }
        if (evidence.Count > EvidenceLinks)
            html.Text($" · {evidence.Count - EvidenceLinks} more");
    }
}
