using System.CommandLine;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Facts;
using Triangulate.Reports;
using Triangulate.Stories;

namespace Triangulate.Cli.Commands;

/// <summary><c>actors</c> lists the actors of the stored articles under all their names; <c>actor NAME</c> shows where one is mentioned.</summary>
internal static class ActorsCommand
{
    public static Command List()
    {
        var limit = new Option<int>("--limit") { Description = "How many actors to show, most mentioned first.", DefaultValueFactory = _ => 40 };
        var command = new Command("actors", "List the actors (people, groups, organisations, places) of the stored articles, with every name each goes by and why names were merged.");
        command.Options.Add(CommonOptions.Json);
        command.Options.Add(limit);
        command.SetAction(parse =>
        {
            using var store = StoreAccess.Open(parse);
            var articles = store.Articles();
            var actors = ResolveByStory(articles);
            if (parse.GetValue(CommonOptions.Json))
            {
                Console.Out.WriteLine(ReportJson.Serialize(ReportBuilder.Build([], actors: actors).Actors));
                return ExitCodes.Success;
            }
            var table = new Table().Border(TableBorder.Rounded).AddColumn("actor").AddColumn("type").AddColumn("names (mentions)").AddColumn("merged because");
            foreach (var actor in actors.Take(parse.GetValue(limit)))
            {
                table.AddRow(
                    Markup.Escape(actor.Name),
                    actor.Type.ToString().ToLowerInvariant(),
                    Markup.Escape(string.Join(", ", actor.Aliases.Select(alias => $"{alias.Name} ({alias.Count})"))),
                    Markup.Escape(string.Join("; ", actor.Merges.Select(merge => $"{merge.Alias} ~ {merge.Name}: {merge.Reason}"))));
            }
            table.Caption($"{actors.Count:N0} actors; `triangulate actor NAME` shows one in context");
            Consoles.Out.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Show()
    {
        var name = new Argument<string>("NAME") { Description = "Any name the actor goes by (\"Hizbullah\" finds Hezbollah too)." };
        var command = new Command("actor", "Show one actor: its names and the sentences that mention it, article by article.");
        command.Arguments.Add(name);
        command.SetAction(parse =>
        {
            using var store = StoreAccess.Open(parse);
            var articles = store.Articles();
            var wanted = parse.GetValue(name)!;
            var actor = ActorNameMatch.Best(wanted, ResolveByStory(articles)).FirstOrDefault();
            if (actor is null)
            {
                Consoles.Error.MarkupLine($"[red]No actor[/] goes by {Markup.Escape(wanted)}; `triangulate actors` lists them.");
                return ExitCodes.NotFound;
            }
            Consoles.Out.Write(new Rule($"[bold]{Markup.Escape(actor.Name)}[/] [grey]({actor.Type.ToString().ToLowerInvariant()})[/]").LeftJustified());
            Consoles.Out.MarkupLine("[grey]names:[/] " + Markup.Escape(string.Join(", ", actor.Aliases.Select(alias => $"{alias.Name} ({alias.Count})"))));
            var names = actor.Aliases.Select(alias => alias.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var article in articles)
            {
                var text = ArticleActors.TextOf(article);
                var mentions = ActorMentionFinder.Find(text).Mentions.Where(mention => names.Contains(mention.Text)).ToList();
                if (mentions.Count == 0)
                    continue;
                Consoles.Out.MarkupLine($"\n[bold]{Markup.Escape(article.Title)}[/] [grey]{Markup.Escape(article.Id[..ArticleTable.ShortIdLength])} {Markup.Escape(article.Outlet?.Name ?? "")}[/]");
                foreach (var mention in mentions.Take(5))
                {
                    var start = Math.Max(0, mention.Start - 60);
                    var end = Math.Min(text.Length, mention.End + 60);
                    Consoles.Out.MarkupLine("  …" + Markup.Escape(text[start..mention.Start]).ReplaceLineEndings(" ") + "[bold yellow]" + Markup.Escape(mention.Text) + "[/]" + Markup.Escape(text[mention.End..end]).ReplaceLineEndings(" ") + "…");
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The stored articles' actors, with the stories found as `stories` finds them, so they match the report's.</summary>
    private static IReadOnlyList<Actor> ResolveByStory(IReadOnlyList<Article> articles) =>
        ArticleActors.Resolve(articles, StoryClusterer.Cluster(articles).Select(story => story.ArticleIds));
}
