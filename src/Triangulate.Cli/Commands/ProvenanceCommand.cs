using System.CommandLine;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Reports;
using Triangulate.Reuse;
using Triangulate.Stories;

namespace Triangulate.Cli.Commands;

/// <summary><c>provenance STORY-or-ID</c>: the derivation tree of a story's or an article's copies, drawn.</summary>
internal static class ProvenanceCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("STORY-or-ID") { Description = "A story id (from `triangulate stories`) or an article id, or a unique prefix of either." };
        var command = new Command("provenance",
            "Draw who copied whom: the origin of the story (a credited agency's wire, reconstructed when it is not stored, or the earliest article) and each copy under the article it derives from, with its kind (verbatim, trimmed, edited, paraphrase, rewrite) and its changes.");
        command.Arguments.Add(id);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(parse =>
        {
            using var store = StoreAccess.Open(parse);
            var wanted = parse.GetValue(id)!.Replace("story-", "", StringComparison.Ordinal);
            var articles = store.Articles();
            var byId = articles.ToDictionary(a => a.Id);
            var stories = StoryClusterer.Cluster(articles);
            var provenance = ProvenanceAnalyzer.Analyze(articles, stories.Select(s => s.ArticleIds));
            var memberIds = store.Find(wanted) is { } article
                ? [article.Id]
                : stories.Where(s => s.Id.Replace("story-", "").StartsWith(wanted, StringComparison.Ordinal)).Take(2).ToList() is [var story]
                    ? story.ArticleIds
                    : null;
            if (memberIds is null)
            {
                Consoles.Error.MarkupLine($"[red]No article or story[/] has the id or unique prefix {Markup.Escape(wanted)}; `triangulate articles` and `triangulate stories` list them.");
                return ExitCodes.NotFound;
            }
            var groups = memberIds.Select(provenance.GroupOf).OfType<ProvenanceGroup>().Distinct().ToList();
            if (parse.GetValue(CommonOptions.Json))
            {
                Console.Out.WriteLine(ReportJson.Serialize(groups.Select(ReportBuilder.ToReport).ToList()));
                return ExitCodes.Success;
            }
            if (groups.Count == 0)
                Consoles.Out.MarkupLine("No stored article shares text with " + (memberIds.Count == 1 ? "this article" : "this story's articles") + ": each is its own origin.");
            foreach (var group in groups)
                Consoles.Out.Write(DerivationTree.Of(group, byId));
            foreach (var alone in memberIds.Where(m => provenance.GroupOf(m) is null && memberIds.Count > 1))
                Consoles.Out.MarkupLine($"independent: {DerivationTree.Describe(alone, byId)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
