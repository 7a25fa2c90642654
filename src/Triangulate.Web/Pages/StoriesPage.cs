using Triangulate.Events;
using Triangulate.Storage;
using Triangulate.Web.Api;
using Triangulate.Web.Views;

namespace Triangulate.Web.Pages;

/// <summary>/: the stories, largest first, with filters, their articles and independent origins, sentences matching the search, and an upload form.</summary>
internal static class StoriesPage
{
    public const int SentenceHits = 10;

    public static IResult Render(ListFilters filters, Page<StorySummary> stories, IReadOnlyList<SearchResult> sentences) => Layout.Page("Stories", html =>
    {
        html.Tag("h1", "Stories");
        Filters(html, filters);
        html.Tag("p", $"{Format.Count(stories.Total, "story", "stories")}, largest first", "class", "meta", "id", "story-count");
        html.Raw("<div class=\"scroll\"><table class=\"stories\"><thead><tr><th scope=\"col\">Story</th><th scope=\"col\" class=\"num\">Articles</th>")
            .Raw("<th scope=\"col\" class=\"num\">Independent origins</th><th scope=\"col\">Outlets</th><th scope=\"col\">Seen</th></tr></thead><tbody>");
        foreach (var story in stories.Items)
        {
            html.Raw("<tr><td>").Link(story.Title, Html.PathOf("/stories", story.Id), "class", "story-link")
                .Raw("<div class=\"meta\">origin: ").Text(story.Origin.Name).Text(story.Origin.Reconstructed ? " (reconstructed)" : "").Raw("</div></td>")
                .Tag("td", story.Articles.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "class", "num", "data-label", "articles")
                .Tag("td", story.IndependentOrigins.ToString(System.Globalization.CultureInfo.InvariantCulture), "class", "num", "data-label", "independent origins")
                .Tag("td", string.Join(", ", story.Outlets), "data-label", "outlets")
                .Tag("td", Format.Span(story.FirstSeen, story.LastSeen), "class", "nowrap", "data-label", "seen")
                .Raw("</tr>");
        }
        html.Raw("</tbody></table></div>");
        Pager(html, "/", filters, stories.Total);
        if (sentences.Count > 0)
        {
            html.Tag("h2", "Sentences matching the search").Raw("<ul class=\"hits\">");
            foreach (var hit in sentences)
            {
                html.Raw("<li>").Link(hit.Title, Html.PathOf("/articles", hit.Article)).Raw("<div>");
                Snippet(html, hit.Snippet);
                html.Raw("</div></li>");
            }
            html.Raw("</ul>");
        }
        Upload(html);
    }, filters.Q);

    private static void Filters(Html html, ListFilters filters)
    {
        html.Raw("<form class=\"filters\" action=\"/\" method=\"get\"><fieldset><legend>Filter</legend>");
        Field(html, "f-q", "q", "Title words", "search", filters.Q);
        Field(html, "f-from", "from", "Seen from", "date", filters.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Field(html, "f-to", "to", "Seen until", "date", filters.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Field(html, "f-outlet", "outlet", "Outlet", "text", filters.Outlet);
        Field(html, "f-actor", "actor", "Actor", "text", filters.Actor);
        EventTypeField(html, "f-type", filters.Type);
        html.Raw("<button type=\"submit\">Apply</button> <a href=\"/\">Clear</a></fieldset></form>");
    }

    /// <summary>A labelled input, the two kept together when the filters wrap.</summary>
    public static void Field(Html html, string id, string name, string label, string type, string? value) =>
        html.Raw("<span class=\"field\"><label for=\"").Raw(id).Raw("\">").Text(label).Raw("</label>")
            .Open("input", "id", id, "name", name, "type", type, "value", value).Raw("</span>");

    /// <summary>A choice of the event types Triangulate tells apart (the value the <c>type</c> filter takes), or any.</summary>
    public static void EventTypeField(Html html, string id, string? value)
    {
        html.Raw("<span class=\"field\"><label for=\"").Raw(id).Raw("\">Event type</label>").Open("select", "id", id, "name", "type").Tag("option", "any", "value", "");
        foreach (var type in EventTypes.All)
            html.Tag("option", type.Name, "value", type.Name, "selected", type.Name == value ? "selected" : null);
        html.Raw("</select></span>");
    }

    public static void Pager(Html html, string path, ListFilters filters, int total)
    {
        var pages = Math.Max(1, (total + filters.Size - 1) / filters.Size);
        if (pages == 1)
            return;
        html.Raw("<nav class=\"pager\" aria-label=\"Pages\">");
        if (filters.Page > 1)
            html.Link("← previous", path + filters.QueryFor(filters.Page - 1), "rel", "prev");
        html.Tag("span", $"page {filters.Page} of {pages}");
        if (filters.Page < pages)
            html.Link("next →", path + filters.QueryFor(filters.Page + 1), "rel", "next");
        html.Raw("</nav>");
    }

    /// <summary>A search snippet with its matched words (between the store's markers) marked.</summary>
    public static void Snippet(Html html, string snippet)
    {
        foreach (var (piece, index) in snippet.Split(SearchHit.MatchStart).Select((p, i) => (p, i)))
        {
            var end = piece.IndexOf(SearchHit.MatchEnd, StringComparison.Ordinal);
            if (index == 0 || end < 0)
            {
                html.Text(piece.Replace(SearchHit.MatchEnd, "", StringComparison.Ordinal));
                continue;
            }
            html.Tag("mark", piece[..end]).Text(piece[(end + SearchHit.MatchEnd.Length)..]);
        }
    }

    private static void Upload(Html html) => html.Raw("""
        <details class="upload"><summary>Add articles</summary>
        <form id="upload-form" action="/api/articles" method="post" enctype="multipart/form-data">
        <label for="upload-files">Files (text, HTML, RSS/Atom, JSON lines, WARC)</label>
        <input id="upload-files" name="files" type="file" multiple required>
        <button type="submit">Ingest and analyse</button>
        <output id="upload-status" aria-live="polite"></output>
        </form></details>
        """);
}
