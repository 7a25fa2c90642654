using System.CommandLine;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Reports;

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
        command.SetAction(async (parse, cancellation) =>
        {
            using var store = StoreAccess.OpenAnalysed(parse);
            var wanted = parse.GetValue(id)!;
            IReadOnlyList<string>? memberIds = await store.FindAsync(wanted, cancellation) is { } article ? [article.Id]
                : await store.StoryAsync(wanted, cancellation) is { } story ? story.ArticleIds
                : null;
            if (memberIds is null)
            {
                Consoles.Error.MarkupLine($"[red]No article or story[/] has the id or unique prefix {Markup.Escape(wanted)}; `triangulate articles` and `triangulate stories` list them.");
                return ExitCodes.NotFound;
            }
            var groupOf = new Dictionary<string, ReportProvenanceGroup?>();
            foreach (var member in memberIds)
                groupOf[member] = await store.GroupOfAsync(member, cancellation);
            var groups = groupOf.Values.OfType<ReportProvenanceGroup>().DistinctBy(g => g.Id).ToList();
            if (parse.GetValue(CommonOptions.Json))
            {
                await Console.Out.WriteLineAsync(ReportJson.Serialize(groups));
                return ExitCodes.Success;
            }
            var articles = (await store.ArticlesAsync([.. groups.SelectMany(g => g.Articles).Concat(memberIds).Distinct()], cancellation)).ToDictionary(a => a.Id);
            if (groups.Count == 0)
                Consoles.Out.MarkupLine("No stored article shares text with " + (memberIds.Count == 1 ? "this article" : "this story's articles") + ": each is its own origin.");
            foreach (var group in groups)
                Consoles.Out.Write(DerivationTree.Of(group, articles));
            foreach (var alone in memberIds.Where(m => groupOf[m] is null && memberIds.Count > 1))
                Consoles.Out.MarkupLine($"independent: {DerivationTree.Describe(alone, articles)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
