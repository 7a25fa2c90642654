using Triangulate.Web.Views;

namespace Triangulate.Web.Pages;

/// <summary>/stories/{id}: the origin, the derivation tree, the articles in time order, and each copy's changes side by side.</summary>
internal static class StoryPage
{
    public static IResult Render(StoryDetail story) => Layout.Page(story.Title, html =>
    {
        var members = story.Members.ToDictionary(m => m.Id);
        html.Raw("<nav class=\"crumbs\" aria-label=\"Breadcrumb\"><a href=\"/\">Stories</a> › ").Text(story.Id).Raw("</nav>");
        html.Tag("h1", story.Title);
        html.Tag("p", $"{Format.Count(story.Articles.Count, "article", "articles")} · {Format.Count(story.IndependentOrigins, "independent origin", "independent origins")} · "
            + $"{string.Join(", ", story.Outlets)} · {Format.Span(story.FirstSeen, story.LastSeen)}", "class", "meta");

        html.Raw("<section aria-labelledby=\"origin-h\"><h2 id=\"origin-h\">Origin</h2><p>");
        if (story.Origin.Article is { } originArticle && members.TryGetValue(originArticle, out var origin))
            html.Tag("strong", story.Origin.Name).Text(": ").Link(origin.Title, Html.PathOf("/articles", origin.Id));
        else
            html.Tag("strong", story.Origin.Name).Text(story.Origin.Reconstructed ? " wire, reconstructed from the sentences its copies share (its own text is not stored)" : "");
        html.Raw("</p>");
        if (story.Origin.Evidence is { Count: > 0 } evidence)
            html.Tag("p", string.Join("; ", evidence), "class", "meta");
        html.Raw("</section>");

        html.Raw("<section aria-labelledby=\"tree-h\"><h2 id=\"tree-h\">Who copied whom</h2>");
        DerivationTree.Draw(html, story, members);
        html.Raw("</section>");

        html.Raw("<section aria-labelledby=\"facts-h\"><h2 id=\"facts-h\">The facts</h2>").Tag("h3", "Events");
        FactsSection.Events(html, story.Events);
        html.Tag("h3", "Figures");
        FactsSection.Claims(html, story.Claims);
        html.Raw("</section>");
        Articles(html, story);
        Changes(html, story, members);
    });

    private static void Articles(Html html, StoryDetail story)
    {
        var joins = story.Joins.ToDictionary(j => j.Article);
        html.Raw("<section aria-labelledby=\"articles-h\"><h2 id=\"articles-h\">Articles in time order</h2><div class=\"scroll\"><table class=\"members\"><thead><tr>")
            .Raw("<th scope=\"col\">Published</th><th scope=\"col\">Outlet</th><th scope=\"col\">Article</th><th scope=\"col\">Copy</th><th scope=\"col\" class=\"num\">Carries</th>")
            .Raw("<th scope=\"col\" class=\"num\">Changes</th><th scope=\"col\">Joined</th></tr></thead><tbody>");
        foreach (var member in story.Members)
        {
            var join = joins.GetValueOrDefault(member.Id);
            html.Raw("<tr>").Tag("td", Format.Published(member.Published), "class", "nowrap", "title", member.Published?.Evidence)
                .Tag("td", member.Outlet ?? "—")
                .Raw("<td>").Link(member.Title, Html.PathOf("/articles", member.Id)).Raw("</td>")
                .Tag("td", member.Copy).Tag("td", Format.Share(member.Shared), "class", "num", "data-label", "carries")
                .Raw("<td class=\"num\" data-label=\"changes\">");
            if (member.Changes > 0)
                html.Link(member.Changes.ToString(System.Globalization.CultureInfo.InvariantCulture), "#changes-" + member.Id, "aria-label", $"{member.Changes} changes of this article");
            else
                html.Text("0");
            html.Raw("</td>").Tag("td", join is null ? "" : $"{join.Decision} {join.Score:0.00}", "data-label", "joined").Raw("</tr>");
        }
        html.Raw("</tbody></table></div></section>");
    }

    private static void Changes(Html html, StoryDetail story, IReadOnlyDictionary<string, StoryMember> members)
    {
        html.Raw("<section aria-labelledby=\"changes-h\"><h2 id=\"changes-h\">What each copy changed</h2>");
        var byArticle = story.Changes.GroupBy(c => c.Article).ToList();
        if (byArticle.Count == 0)
            html.Tag("p", "No copy in this story changed its parent's text.", "class", "meta");
        else
            html.Raw("<p><button type=\"button\" class=\"toggle-all\" data-target=\"details.changes\">Expand all</button></p>");
        foreach (var article in byArticle)
        {
            var member = members.GetValueOrDefault(article.Key);
            var parent = member?.From is { } from ? members.GetValueOrDefault(from) : null;
            html.Open("details", "class", "changes", "id", "changes-" + article.Key).Raw("<summary>")
                .Tag("strong", member?.Outlet ?? "(no outlet)").Text(": " + (member?.Title ?? article.Key))
                .Tag("span", $" {member?.Copy} · " + string.Join(", ", article.GroupBy(c => c.Kind).Select(k => $"{k.Count()} {k.Key}")), "class", "meta")
                .Raw("</summary><div class=\"side-by-side\" role=\"table\"><div class=\"change-head\" role=\"row\">")
                .Tag("div", "Parent: " + (parent is null ? member?.From ?? story.Origin.Name : $"{parent.Outlet ?? "(no outlet)"}: {parent.Title}"), "role", "columnheader")
                .Tag("div", "This copy", "role", "columnheader").Raw("</div>");
            foreach (var change in article.OrderBy(c => c.Kind is "added" or "dropped"))
                ChangeMarkup.Row(html, change);
            html.Raw("</div></details>");
        }
        html.Raw("</section>");
    }
}
