using System.CommandLine;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Reports;
using Triangulate.Reuse;
using Triangulate.Stories;

namespace Triangulate.Cli.Commands;

/// <summary><c>stories</c> lists the stories of the stored articles; <c>story ID</c> shows one, its articles in time order.</summary>
internal static class StoriesCommand
{
    private static string Short(string parent) => parent.Length == 16 && parent.All(char.IsAsciiHexDigitLower) ? parent[..ArticleTable.ShortIdLength] : parent;

    public static Command List()
    {
        var command = new Command("stories", "Group the stored articles into stories (one real-world event each) and list them.");
        command.Options.Add(CommonOptions.Json);
        command.SetAction(parse =>
        {
            using var store = StoreAccess.Open(parse);
            var articles = store.Articles();
            var stories = StoryClusterer.Cluster(articles);
            var report = ReportBuilder.Build(articles, stories, provenance: ProvenanceAnalyzer.Analyze(articles, stories.Select(s => s.ArticleIds)));
            if (parse.GetValue(CommonOptions.Json))
                Console.Out.WriteLine(ReportJson.Serialize(report.Stories));
            else
                Consoles.Out.Write(StoryTable.Of(stories, report));
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Show()
    {
        var id = new Argument<string>("ID") { Description = "A story id (with or without \"story-\"), or a unique prefix of it." };
        var command = new Command("story", "Show one story: its articles in time order, with outlet, date and why each joined.");
        command.Arguments.Add(id);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(parse =>
        {
            using var store = StoreAccess.Open(parse);
            var articles = store.Articles().ToDictionary(article => article.Id);
            var wanted = parse.GetValue(id)!.Replace("story-", "", StringComparison.Ordinal);
            var matches = StoryClusterer.Cluster(articles.Values.ToList()).Where(s => s.Id.Replace("story-", "").StartsWith(wanted, StringComparison.Ordinal)).ToList();
            if (matches.Count != 1)
            {
                Consoles.Error.MarkupLine($"[red]No single story[/] has the id {Markup.Escape(wanted)}; `triangulate stories` lists them.");
                return ExitCodes.NotFound;
            }
            var story = matches[0];
            var members = story.ArticleIds.Select(member => articles[member]).OrderBy(a => a.Published?.Value ?? DateTimeOffset.MaxValue).ToList();
            var provenance = ProvenanceAnalyzer.Analyze(members, [story.ArticleIds]);
            if (parse.GetValue(CommonOptions.Json))
            {
                Console.Out.WriteLine(ReportJson.Serialize(ReportBuilder.Build(members, [story], provenance: provenance)));
                return ExitCodes.Success;
            }
            var seen = StoryProvenance.Of(story, provenance, articles);
            Consoles.Out.Write(new Rule($"[bold]{Markup.Escape(story.Title)}[/]").LeftJustified());
            Consoles.Out.MarkupLine($"origin: [bold]{Markup.Escape(seen.OriginName)}[/] [grey]({Markup.Escape(string.Join("; ", seen.Evidence))})[/]");
            var decisions = story.Decisions.GroupBy(d => d.ArticleId).ToDictionary(g => g.Key, g => g.Last());
            var table = new Table().Border(TableBorder.Rounded).AddColumn("article").AddColumn("published").AddColumn("outlet").AddColumn("title")
                .AddColumn("copy").AddColumn("changed").AddColumn("joined");
            foreach (var article in members)
            {
                var decision = decisions.GetValueOrDefault(article.Id);
                var derivation = seen.DerivationOf(article.Id);
                table.AddRow(
                    Markup.Escape(article.Id[..ArticleTable.ShortIdLength]),
                    Markup.Escape(article.Published?.ToIso() ?? "—"),
                    Markup.Escape(article.Outlet?.Name ?? "—"),
                    Markup.Escape(Ellipsis.Shorten(article.Title, 40)),
                    Markup.Escape(derivation is null ? (article.Id == seen.OriginArticle ? "origin" : "independent") : $"{derivation.Kind.ToString().ToLowerInvariant()} of {Short(derivation.From)}"),
                    Markup.Escape(ChangeSummary.Of(seen.Changes.Where(c => c.ArticleId == article.Id))),
                    Markup.Escape(decision is null ? "" : $"{decision.Decision.ToString().ToLowerInvariant()} {decision.Score:0.00}"));
            }
            Consoles.Out.Write(table);
            Consoles.Out.MarkupLine("[grey]`triangulate copies ID` shows what one article changed; `triangulate provenance ID` draws the tree.[/]");
            return ExitCodes.Success;
        });
        return command;
    }
}
