using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Reports;
using Triangulate.Reuse;
using Triangulate.Storage;

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
        command.SetAction(async (parse, cancellation) =>
        {
            using var store = StoreAccess.OpenAnalysed(parse);
            if (await store.FindAsync(parse.GetValue(id)!, cancellation) is not { } article)
            {
                Consoles.Error.MarkupLine($"[red]No article[/] has the id or unique prefix {Markup.Escape(parse.GetValue(id)!)}; `triangulate articles` lists them.");
                return ExitCodes.NotFound;
            }
            var group = await store.GroupOfAsync(article.Id, cancellation);
            var derivation = group?.Derivations.FirstOrDefault(d => d.Article == article.Id);
            var children = group?.Derivations.Where(d => d.From == article.Id).ToList() ?? [];
            var changes = group?.Changes.Where(c => c.Article == article.Id).ToList() ?? [];
            if (parse.GetValue(CommonOptions.Json))
            {
                var alignments = derivation is null ? null : await AlignmentsAsync(store, article, derivation, group!, cancellation);
                await Console.Out.WriteLineAsync(ReportJson.Serialize(new { Article = article.Id, Group = group, Alignments = alignments }));
                return ExitCodes.Success;
            }
            var articles = (await store.ArticlesAsync([.. group?.Articles ?? [], article.Id], cancellation)).ToDictionary(a => a.Id);

            Consoles.Out.Write(new Rule($"[bold]{Markup.Escape(article.Title)}[/] [grey]{Markup.Escape(article.Outlet?.Name ?? "")}[/]").LeftJustified());
            if (group is null)
            {
                Consoles.Out.MarkupLine("No stored article shares text with this one: it is its own origin.");
                return ExitCodes.Success;
            }
            Consoles.Out.MarkupLine(derivation is null
                ? $"[bold]Origin[/] of its group ({Markup.Escape(string.Join("; ", group.Origin.Evidence ?? []))})."
                : $"[bold]{Markup.Escape(derivation.Kind)}[/] of {Parent(derivation, group, articles)}, carrying {derivation.Shared.ToString("P0", CultureInfo.InvariantCulture)} of it.");
            foreach (var evidence in derivation?.Evidence ?? [])
                Consoles.Out.MarkupLine($"  [grey]• {Markup.Escape(evidence)}[/]");

            if (children.Count > 0)
            {
                var table = new Table().Border(TableBorder.Rounded).Title("derived from it")
                    .AddColumn("article").AddColumn("outlet").AddColumn("kind").AddColumn(new TableColumn("carries").RightAligned());
                foreach (var child in children)
                    table.AddRow(child.Article[..ArticleTable.ShortIdLength], Markup.Escape(articles.GetValueOrDefault(child.Article)?.Outlet?.Name ?? "—"),
                        Markup.Escape(child.Kind), child.Shared.ToString("P0", CultureInfo.InvariantCulture));
                Consoles.Out.Write(table);
            }
            if (changes.Count > 0)
                Consoles.Out.Write(ChangeTable(changes));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Parent(ReportDerivation derivation, ReportProvenanceGroup group, IReadOnlyDictionary<string, Article> articles) =>
        derivation.From != group.Origin.Name ? DerivationTree.Describe(derivation.From, articles)
            : group.Origin.Article is { } own ? $"the {Markup.Escape(group.Origin.Name)} wire [grey](its own text: {DerivationTree.Describe(own, articles)})[/]"
            : $"the {Markup.Escape(group.Origin.Name)} wire [grey](reconstructed from its copies)[/]";

    private static Table ChangeTable(IReadOnlyList<ReportChange> changes)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("what it changed")
            .AddColumn("change").AddColumn("parent").AddColumn("this article");
        foreach (var group in changes.GroupBy(c => c.Kind).OrderBy(g => ChangeSummary.Order(g.Key)))
        {
            var sentences = group.Key is "added" or "dropped";
            foreach (var change in group.Take(sentences ? ShownSentences : int.MaxValue))
                table.AddRow(Markup.Escape(change.Kind), Markup.Escape(change.OriginText ?? ""), Markup.Escape(change.Text ?? ""));
            if (group.Count() > ShownSentences && sentences)
                table.AddRow("", $"[grey]… {group.Count() - ShownSentences} more {group.Key} sentences (--json lists all)[/]", "");
        }
        return table;
    }
    /// <summary>
    /// The article's sentences matched to its parent's (the stored parent, else the group's origin text), with each
    /// edited sentence's word changes: "rare meeting" to "unusual meeting" shows here.
    /// </summary>
    private static async Task<IReadOnlyList<object>> AlignmentsAsync(IArticleStore store, Article article, ReportDerivation derivation, ReportProvenanceGroup group, CancellationToken cancellation)
    {
        var parent = (await store.ArticlesAsync([derivation.From], cancellation)).FirstOrDefault();
        var parentText = parent is not null ? ArticleSentences.Of(parent) : ArticleSentences.Of(group.Origin.Name, group.OriginText);
        var copy = ArticleSentences.Of(article);
        return TextReuse.Between(parentText, copy).Alignments.Select(a => (object)new
        {
            a.Sentence,
            ParentSentence = a.Source,
            Kind = a.Kind.ToString().ToLowerInvariant(),
            Similarity = Math.Round(a.Similarity, 3),
            ParentText = parentText.Sentences[a.Source].Text,
            copy.Sentences[a.Sentence].Text,
            WordChanges = a.WordChanges,
        }).ToList();
    }
}
