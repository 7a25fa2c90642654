using Triangulate.Web.Views;

namespace Triangulate.Web.Pages;

/// <summary>/actors/{id}: the names an actor goes by with why they were merged, its stories, and its mentions in context.</summary>
internal static class ActorPage
{
    public static IResult Render(ActorDetail actor) => Layout.Page(actor.Name, html =>
    {
        html.Raw("<nav class=\"crumbs\" aria-label=\"Breadcrumb\"><a href=\"/\">Stories</a> › actors</nav>");
        html.Raw("<h1>").Text(actor.Name).Text(" ").Tag("span", actor.Type.ToString().ToLowerInvariant(), "class", "badge").Raw("</h1>");
        html.Raw("<p>").Link("Stories mentioning " + actor.Name, "/?actor=" + Uri.EscapeDataString(actor.Id)).Raw("</p>");

        html.Raw("<section aria-labelledby=\"names-h\"><h2 id=\"names-h\">Names</h2><ul class=\"inline\">");
        foreach (var alias in actor.Aliases)
            html.Raw("<li>").Text(alias.Name).Tag("span", $" {alias.Count}×", "class", "meta").Raw("</li>");
        html.Raw("</ul>");
        if (actor.Merges.Count > 0)
        {
            html.Tag("h3", "Why these names are one actor").Raw("<ul>");
            foreach (var merge in actor.Merges)
                html.Raw("<li>").Tag("q", merge.Alias).Text(" ~ ").Tag("q", merge.Name).Text(": " + merge.Reason).Raw("</li>");
            html.Raw("</ul>");
        }
        html.Raw("</section>");

        if (actor.Network.Count > 0)
        {
            html.Raw("<section aria-labelledby=\"network-h\"><h2 id=\"network-h\">Who it meets, fights, talks to</h2>");
            NetworkDrawing.Draw(html, actor.Name, actor.Network);
            html.Raw("<ul class=\"inline\">");
            foreach (var link in actor.Network)
            {
                html.Raw("<li>").Tag("span", link.Type, "class", "kind kind-event").Text(" ");
                if (link.Actor is { } other)
                    html.Link(link.Name, Html.PathOf("/actors", other));
                else
                    html.Text(link.Name);
                html.Tag("span", $" {Format.Count(link.Events, "event", "events")}", "class", "meta").Raw("</li>");
            }
            html.Raw("</ul></section>");
        }
        html.Raw("<section aria-labelledby=\"mentions-h\"><h2 id=\"mentions-h\">Mentions</h2>");
        foreach (var article in actor.Mentions)
        {
            html.Raw("<h3>").Link(article.Title, Html.PathOf("/articles", article.Article))
                .Tag("span", $" {article.Outlet ?? "no outlet"} · {Format.Published(article.Published)}", "class", "meta").Raw("</h3><ul class=\"mentions\">");
            foreach (var mention in article.Mentions.Take(5))
            {
                var start = Math.Min(mention.Start, mention.End);
                html.Raw("<li>").Text(mention.Sentence[..start]).Tag("mark", mention.Sentence[start..mention.End]).Text(mention.Sentence[mention.End..]);
                if (mention.Evidence.Sentence >= 0)
                    html.Text(" ").Link("in context", Html.PathOf("/articles", article.Article) + "#s" + mention.Evidence.Sentence, "class", "meta");
                html.Raw("</li>");
            }
            html.Raw("</ul>");
        }
        html.Raw("</section>");
    });
}
