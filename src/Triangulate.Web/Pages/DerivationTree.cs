using Triangulate.Web.Views;

namespace Triangulate.Web.Pages;

/// <summary>
/// The derivation tree as nested lists: the origin at the root, each copy under its parent with its kind and how much
/// of the parent it carries; articles that copy nothing stand beside it as their own roots.
/// </summary>
internal static class DerivationTree
{
    public static void Draw(Html html, StoryDetail story, IReadOnlyDictionary<string, StoryMember> members)
    {
        var children = story.Derivations.ToLookup(d => d.From);
        var drawn = new HashSet<string>(StringComparer.Ordinal);
        html.Raw("<ul class=\"tree\" aria-label=\"Derivation tree\">");
        var rootKey = story.Origin.Article is { } originArticle && members.ContainsKey(originArticle) && story.Derivations.All(d => d.Article != originArticle)
            ? originArticle : story.Origin.Name;
        html.Raw("<li><span class=\"node origin\">");
        if (members.TryGetValue(rootKey, out var root))
            Node(html, root, "origin");
        else
            html.Tag("strong", story.Origin.Name).Tag("span", story.Origin.Reconstructed ? " wire (reconstructed)" : " origin", "class", "meta");
        html.Raw("</span>");
        drawn.Add(rootKey);
        Children(html, rootKey, children, members, drawn);
        html.Raw("</li>");
        foreach (var member in story.Members.Where(m => !drawn.Contains(m.Id) && m.From is null))
        {
            drawn.Add(member.Id);
            html.Raw("<li><span class=\"node\">");
            Node(html, member, member.Copy);
            html.Raw("</span>");
            Children(html, member.Id, children, members, drawn);
            html.Raw("</li>");
        }
        html.Raw("</ul>");
    }

    private static void Children(Html html, string parent, ILookup<string, Reports.ReportDerivation> children, IReadOnlyDictionary<string, StoryMember> members, HashSet<string> drawn)
    {
        var below = children[parent].Where(d => members.ContainsKey(d.Article) && drawn.Add(d.Article)).ToList();
        if (below.Count == 0)
            return;
        html.Raw("<ul>");
        foreach (var derivation in below)
        {
            html.Raw("<li><span class=\"node\">");
            Node(html, members[derivation.Article], derivation.Kind, derivation.Shared);
            html.Raw("</span>");
            Children(html, derivation.Article, children, members, drawn);
            html.Raw("</li>");
        }
        html.Raw("</ul>");
    }

    private static void Node(Html html, StoryMember member, string kind, double? shared = null)
    {
        html.Tag("span", kind, "class", "kind kind-" + kind).Text(" ").Tag("span", member.Outlet ?? "(no outlet)", "class", "outlet").Text(" ")
            .Link(member.Title, Html.PathOf("/articles", member.Id));
        if (shared is { } value)
            html.Tag("span", $" carries {Format.Share(value)}", "class", "meta");
        if (member.Changes > 0)
            html.Text(" ").Link($"{member.Changes} changes", "#changes-" + member.Id, "class", "meta");
    }
}
