using System.Globalization;
using Spectre.Console;
using Triangulate.Reports;
using Triangulate.Reuse;

namespace Triangulate.Cli.Terminal;

/// <summary>A provenance group drawn as a tree: the origin at the root, each copy under the article it derives from.</summary>
internal static class DerivationTree
{
    public static Tree Of(ReportProvenanceGroup group, IReadOnlyDictionary<string, Article> articles)
    {
        var origin = group.Origin;
        var rootLabel = origin.Article is null
            ? $"[bold]{TerminalText.Escape(origin.Name)}[/] wire [grey](not in the corpus: reconstructed from {group.OriginText.Count} sentences its copies share)[/]"
            : $"[bold]{TerminalText.Escape(origin.Name)}[/] {Describe(origin.Article, articles)} [grey]({TerminalText.Escape(string.Join("; ", origin.Evidence ?? []))})[/]";
        // An agency's own article derives from its wire like any copy; the earliest article of an uncredited group is the root itself.
        var tree = new Tree(rootLabel);
        var rootKey = origin.Article is not null && group.Derivations.All(d => d.Article != origin.Article) ? origin.Article : origin.Name;
        AddChildren(tree, rootKey, group, articles);
        return tree;
    }

    private static void AddChildren(IHasTreeNodes parent, string from, ReportProvenanceGroup group, IReadOnlyDictionary<string, Article> articles)
    {
        foreach (var derivation in group.Derivations.Where(d => d.From == from)
            .OrderBy(d => Enum.TryParse<DerivationKind>(d.Kind, ignoreCase: true, out var kind) ? (int)kind : int.MaxValue).ThenByDescending(d => d.Shared))
        {
            var changes = ChangeSummary.Of(group.Changes.Where(c => c.Article == derivation.Article));
            var node = parent.AddNode($"[yellow]{Markup.Escape(derivation.Kind)}[/] {Describe(derivation.Article, articles)} " +
                $"[grey]carries {derivation.Shared.ToString("P0", CultureInfo.InvariantCulture)} of its parent{(changes.Length == 0 ? "" : "; changes: " + changes)}[/]");
            AddChildren(node, derivation.Article, group, articles);
        }
    }

    public static string Describe(string articleId, IReadOnlyDictionary<string, Article> articles)
    {
        var article = articles.GetValueOrDefault(articleId);
        return $"[blue]{articleId[..ArticleTable.ShortIdLength]}[/] {TerminalText.Escape(article?.Outlet?.Name ?? "(no outlet)")}: {TerminalText.Escape(Ellipsis.Shorten(article?.Title ?? "", 60))}";
    }
}
