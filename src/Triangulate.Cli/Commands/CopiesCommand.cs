using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Reports;
using Triangulate.Reuse;
using Triangulate.Stories;

namespace Triangulate.Cli.Commands;

/// <summary><c>copies ID</c>: what one article derives from, which articles derive from it, and what it changed.</summary>
internal static class CopiesCommand
{
    private const int ShownSentences = 5;

    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "An article id, or a unique prefix of at least four characters." };
        var command = new Command("copies",
            "Show one article's provenance: the parent it copies, edits, paraphrases or rewrites (with the evidence), the articles that derive from it, and what it changed: quotations, figures, attributions, labels, sentences added and dropped.");
        command.Arguments.Add(id);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(parse =>
        {
            using var store = StoreAccess.Open(parse);
            if (store.Find(parse.GetValue(id)!) is not { } article)
            {
                Consoles.Error.MarkupLine($"[red]No article[/] has the id or unique prefix {Markup.Escape(parse.GetValue(id)!)}; `triangulate articles` lists them.");
                return ExitCodes.NotFound;
            }
            var articles = store.Articles().ToDictionary(a => a.Id);
            var all = articles.Values.ToList();
            var group = ProvenanceAnalyzer.Analyze(all, StoryClusterer.Cluster(all).Select(s => s.ArticleIds)).GroupOf(article.Id);
            var derivation = group?.DerivationOf(article.Id);
            var children = group?.ChildrenOf(article.Id).ToList() ?? [];
            var changes = group?.ChangesOf(article.Id).ToList() ?? [];
            if (parse.GetValue(CommonOptions.Json))
            {
                Console.Out.WriteLine(ReportJson.Serialize(new
                {
                    Article = article.Id,
                    Group = group is null ? null : ReportBuilder.ToReport(group),
                }));
                return ExitCodes.Success;
            }

            Consoles.Out.Write(new Rule($"[bold]{Markup.Escape(article.Title)}[/] [grey]{Markup.Escape(article.Outlet?.Name ?? "")}[/]").LeftJustified());
            if (group is null)
            {
                Consoles.Out.MarkupLine("No stored article shares text with this one: it is its own origin.");
                return ExitCodes.Success;
            }
            Consoles.Out.MarkupLine(derivation is null
                ? $"[bold]Origin[/] of its group ({Markup.Escape(string.Join("; ", group.Origin.Evidence))})."
                : $"[bold]{derivation.Kind.ToString().ToLowerInvariant()}[/] of {Parent(derivation, group, articles)}, carrying {derivation.Share.ToString("P0", CultureInfo.InvariantCulture)} of it.");
            foreach (var evidence in derivation?.Evidence ?? [])
                Consoles.Out.MarkupLine($"  [grey]• {Markup.Escape(evidence)}[/]");

            if (children.Count > 0)
            {
                var table = new Table().Border(TableBorder.Rounded).Title("derived from it")
                    .AddColumn("article").AddColumn("outlet").AddColumn("kind").AddColumn(new TableColumn("carries").RightAligned());
                foreach (var child in children)
                    table.AddRow(child.ArticleId[..ArticleTable.ShortIdLength], Markup.Escape(articles[child.ArticleId].Outlet?.Name ?? "—"),
                        child.Kind.ToString().ToLowerInvariant(), child.Share.ToString("P0", CultureInfo.InvariantCulture));
                Consoles.Out.Write(table);
            }
            if (changes.Count > 0)
                Consoles.Out.Write(ChangeTable(changes));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Parent(Derivation derivation, ProvenanceGroup group, IReadOnlyDictionary<string, Article> articles) =>
        derivation.ParentArticleId is null
            ? $"the {Markup.Escape(group.Origin.Name)} wire [grey](reconstructed from its copies)[/]"
            : derivation.From == group.Origin.Name
                ? $"the {Markup.Escape(group.Origin.Name)} wire [grey](its own text: {DerivationTree.Describe(derivation.ParentArticleId, articles)})[/]"
                : DerivationTree.Describe(derivation.ParentArticleId, articles);

    private static Table ChangeTable(IReadOnlyList<Change> changes)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("what it changed")
            .AddColumn("change").AddColumn("parent").AddColumn("this article");
        foreach (var group in changes.GroupBy(c => c.Kind).OrderBy(g => g.Key))
        {
            foreach (var change in group.Take(group.Key is ChangeKind.Added or ChangeKind.Dropped ? ShownSentences : int.MaxValue))
                table.AddRow(change.Kind.ToString().ToLowerInvariant(), Markup.Escape(change.OriginText ?? ""), Markup.Escape(change.Text ?? ""));
            if (group.Count() > ShownSentences && group.Key is ChangeKind.Added or ChangeKind.Dropped)
                table.AddRow("", $"[grey]… {group.Count() - ShownSentences} more {group.Key.ToString().ToLowerInvariant()} sentences (--json lists all)[/]", "");
        }
        return table;
    }
}
