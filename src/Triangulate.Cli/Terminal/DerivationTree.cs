using System.Globalization;
using Spectre.Console;
using Triangulate.Reuse;

namespace Triangulate.Cli.Terminal;

/// <summary>A provenance group drawn as a tree: the origin at the root, each copy under the article it derives from.</summary>
internal static class DerivationTree
{
    public static Tree Of(ProvenanceGroup group, IReadOnlyDictionary<string, Article> articles)
    {
        var origin = group.Origin;
        var rootLabel = origin.Reconstructed
            ? $"[bold]{TerminalText.Escape(origin.Name)}[/] wire [grey](not in the corpus: reconstructed from {origin.Sentences.Count} sentences its copies share)[/]"
            : $"[bold]{TerminalText.Escape(origin.Name)}[/] {Describe(origin.ArticleId!, articles)} [grey]({TerminalText.Escape(string.Join("; ", origin.Evidence))})[/]";
        // An agency's own article derives from its wire like any copy; the earliest article of an uncredited group is the root itself.
        var tree = new Tree(rootLabel);
        var rootKey = origin.ArticleId is not null && group.DerivationOf(origin.ArticleId) is null ? origin.ArticleId : origin.Name;
        AddChildren(tree, rootKey, group, articles);
        return tree;
    }

    private static void AddChildren(IHasTreeNodes parent, string from, ProvenanceGroup group, IReadOnlyDictionary<string, Article> articles)
    {
        foreach (var derivation in group.ChildrenOf(from).OrderBy(d => d.Kind).ThenByDescending(d => d.Share))
        {
            var node = parent.AddNode($"[yellow]{derivation.Kind.ToString().ToLowerInvariant()}[/] {Describe(derivation.ArticleId, articles)} " +
                $"[grey]carries {derivation.Share.ToString("P0", CultureInfo.InvariantCulture)} of its parent{ChangeSummary(group, derivation.ArticleId)}[/]");
            AddChildren(node, derivation.ArticleId, group, articles);
        }
    }

    public static string Describe(string articleId, IReadOnlyDictionary<string, Article> articles)
    {
        var article = articles[articleId];
        return $"[blue]{articleId[..ArticleTable.ShortIdLength]}[/] {TerminalText.Escape(article.Outlet?.Name ?? "(no outlet)")}: {TerminalText.Escape(Ellipsis.Shorten(article.Title, 60))}";
    }

    private static string ChangeSummary(ProvenanceGroup group, string articleId)
    {
        var text = Terminal.ChangeSummary.Of(group.ChangesOf(articleId));
        return text.Length == 0 ? "" : "; changes: " + text;
    }
}
