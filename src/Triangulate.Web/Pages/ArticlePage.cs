using Triangulate.Text;
using Triangulate.Web.Views;

namespace Triangulate.Web.Pages;

/// <summary>/articles/{id}: the text with its facts highlighted sentence by sentence, its provenance, and the furniture set aside.</summary>
internal static class ArticlePage
{
    private sealed record Highlight(int Start, int End, string Class, string? Href, string Title);

    public static IResult Render(ArticleDetail detail) => Layout.Page(detail.Article.Title, html =>
    {
        var article = detail.Article;
        html.Raw("<nav class=\"crumbs\" aria-label=\"Breadcrumb\"><a href=\"/\">Stories</a> › ");
        if (detail.Story is { } story)
            html.Link(detail.StoryTitle ?? story, Html.PathOf("/stories", story)).Text(" › ");
        html.Text(article.Id[..Math.Min(8, article.Id.Length)]).Raw("</nav>");
        html.Tag("h1", article.Title);
        html.Raw("<p class=\"meta\">").Text(article.Outlet ?? "no outlet").Text(" · ")
            .Tag("span", Format.Published(article.Published), "title", article.Published?.Evidence is { } evidence ? "from: " + evidence : null);
        if (article.Byline is { } byline)
            html.Text(" · " + byline);
        if (article.Credits.Count > 0)
            html.Text(" · credits " + string.Join(", ", article.Credits));
        html.Raw("<br>source: ");
        if (Uri.TryCreate(article.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
            html.Link(article.Source, url.AbsoluteUri, "rel", "noopener noreferrer nofollow");
        else
            html.Text(article.Source);
        html.Raw("</p>");

        Provenance(html, detail);
        html.Raw("<article class=\"text\" aria-label=\"Article text\">");
        Body(html, detail);
        html.Raw("</article>");

        html.Raw("<section aria-labelledby=\"facts-h\"><h2 id=\"facts-h\">Facts</h2><p class=\"meta legend\"><mark class=\"actor\">actor</mark> <mark class=\"claim\">figure</mark> ")
            .Raw("<span class=\"sentence said\">who says so</span> <span class=\"sentence event\">an event</span></p>").Tag("h3", "Events");
        FactsSection.Events(html, detail.Events);
        html.Tag("h3", "Figures");
        FactsSection.Claims(html, detail.Claims);
        if (detail.Attributions.Count > 0)
        {
            html.Tag("h3", "Who says so").Raw("<ul>");
            foreach (var a in detail.Attributions)
            {
                html.Raw("<li>").Tag("strong", a.Source ?? "unnamed source").Text($" {a.Cue}" + (a.Via is null ? "" : $" (via {a.Via})") + (a.Anonymous ? " · anonymous" : "") + ": ");
                html.Link(a.Content ?? a.Evidence.Text, "#s" + a.Evidence.Sentence).Raw("</li>");
            }
            html.Raw("</ul>");
        }
        html.Raw("</section>");
        if (detail.Mentions.Count > 0)
        {
            html.Raw("<section aria-labelledby=\"actors-h\"><h2 id=\"actors-h\">Actors</h2><ul class=\"inline\">");
            foreach (var mention in detail.Mentions)
                html.Raw("<li>").Link(mention.Name, Html.PathOf("/actors", mention.Actor), "class", "actor-link").Tag("span", $" {mention.Type.ToString().ToLowerInvariant()} · {mention.Evidence.Count}×", "class", "meta").Raw("</li>");
            html.Raw("</ul></section>");
        }
        if (article.RemovedWithReasons.Count > 0)
        {
            html.Raw("<aside class=\"furniture\" aria-labelledby=\"furniture-h\"><h2 id=\"furniture-h\">Set aside as page furniture</h2><ul>");
            foreach (var line in article.RemovedWithReasons)
                html.Raw("<li>").Text(line.Text).Tag("span", " — " + line.Reason, "class", "meta").Raw("</li>");
            html.Raw("</ul></aside>");
        }
    });

    private static void Provenance(Html html, ArticleDetail detail)
    {
        html.Raw("<p class=\"provenance\">");
        if (detail.Derivation is { } derivation)
        {
            html.Tag("strong", derivation.Kind).Text(" of ");
            if (derivation.From.Length == detail.Article.Id.Length && derivation.From.All(char.IsAsciiHexDigitLower))
                html.Link("its parent article", Html.PathOf("/articles", derivation.From));
            else
                html.Text("the " + derivation.From + " wire");
            html.Text($", carrying {Format.Share(derivation.Shared)} of it");
            if (detail.Changes.Count > 0 && detail.Story is { } story)
                html.Text(" · ").Link($"{detail.Changes.Count} changes", Html.PathOf("/stories", story) + "#changes-" + detail.Article.Id);
        }
        else
        {
            html.Text(detail.Group is null ? "Shares text with no other stored article." : "The origin of its group of copies.");
        }
        if (detail.Copies.Count > 0)
        {
            html.Text(" Copied by ");
            foreach (var (copy, index) in detail.Copies.Select((c, i) => (c, i)))
                html.Text(index > 0 ? ", " : "").Link($"{copy.Kind} {index + 1}", Html.PathOf("/articles", copy.Article));
            html.Text(".");
        }
        html.Raw("</p>");
    }

    /// <summary>The body paragraph by paragraph, each sentence addressable (#s3), each fact's span marked and linked.</summary>
    private static void Body(Html html, ArticleDetail detail)
    {
        var text = ArticleText.Of(detail.Article.Id, detail.Article.Title, detail.Article.Body);
        var highlights = detail.Mentions
            .SelectMany(m => m.Evidence.Where(e => e.Sentence >= 0).Select(e => new Highlight(e.Start, e.End, "actor", Html.PathOf("/actors", m.Actor), m.Name)))
            .Concat(detail.Claims.SelectMany(c => c.Evidence.Where(e => e.Article == detail.Article.Id && e.Sentence >= 0)
                .Select(e => new Highlight(e.Start, e.End, "claim", null, $"{c.Text} {c.What}: {c.IndependentOrigins} independent origins, {c.Status}"))))
            .OrderBy(h => h.Start).ThenBy(h => h.End - h.Start).ToList();
        var said = detail.Attributions.Where(a => a.Evidence.Sentence >= 0).ToLookup(a => a.Evidence.Sentence);
        var told = detail.Events.SelectMany(e => e.Evidence.Where(x => x.Article == detail.Article.Id).Select(x => (x.Sentence, e.Type))).ToLookup(x => x.Sentence, x => x.Type);
        var sentences = text.Sentences.ToLookup(s => s.Paragraph);
        var paragraphStart = 0;
        for (var p = 0; p < detail.Article.Body.Count; p++)
        {
            var paragraph = detail.Article.Body[p];
            html.Raw("<p>");
            var position = paragraphStart;
            foreach (var sentence in sentences[p])
            {
                html.Text(text.Text[position..sentence.Start]);
                var attribution = said[sentence.Index].FirstOrDefault();
                html.Open("span", "class", "sentence" + (attribution is null ? "" : " said") + (told[sentence.Index].Any() ? " event" : ""), "id", "s" + sentence.Index,
                    "title", attribution is null && !told[sentence.Index].Any() ? null
                        : string.Join("; ", told[sentence.Index].Distinct().Select(t => "event: " + t)
                            .Concat(attribution is null ? [] : [$"{attribution.Source ?? "unnamed source"} {attribution.Cue}{(attribution.Via is null ? "" : " (via " + attribution.Via + ")")}"])));
                Marked(html, text.Text, sentence.Start, sentence.End, highlights);
                html.Close("span");
                position = sentence.End;
            }
            html.Text(text.Text[position..(paragraphStart + paragraph.Length)]).Raw("</p>");
            paragraphStart += paragraph.Length + ArticleText.ParagraphSeparator.Length;
        }
    }

    private static void Marked(Html html, string text, int start, int end, IReadOnlyList<Highlight> highlights)
    {
        var position = start;
        foreach (var highlight in highlights.Where(h => h.Start >= position && h.Start < end))
        {
            var stop = Math.Min(highlight.End, end);
            html.Text(text[position..highlight.Start]);
            html.Open("mark", "class", highlight.Class, "title", highlight.Title);
            if (highlight.Href is { } href)
                html.Link(text[highlight.Start..stop], href);
            else
                html.Text(text[highlight.Start..stop]);
            html.Close("mark");
            position = stop;
        }
        html.Text(text[position..end]);
    }
}
