using System.CommandLine;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Text;
using Triangulate.Reports;

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
        command.SetAction(async (parse, cancellation) =>
        {
            using var store = StoreAccess.OpenAnalysed(parse);
            var page = await store.ActorsAsync(1, Math.Max(1, parse.GetValue(limit)), cancellation);
            var actors = page.Items;
            if (parse.GetValue(CommonOptions.Json))
            {
                await Console.Out.WriteLineAsync(ReportJson.Serialize(ReportBuilder.Build([], actors: actors).Actors));
                return ExitCodes.Success;
            }
            var table = new Table().Border(TableBorder.Rounded).AddColumn("actor").AddColumn("type").AddColumn("names (mentions)").AddColumn("merged because");
            foreach (var actor in actors)
            {
                table.AddRow(
                    Markup.Escape(actor.Name),
                    actor.Type.ToString().ToLowerInvariant(),
                    Markup.Escape(string.Join(", ", actor.Aliases.Select(alias => $"{alias.Name} ({alias.Count})"))),
                    Markup.Escape(string.Join("; ", actor.Merges.Select(merge => $"{merge.Alias} ~ {merge.Name}: {merge.Reason}"))));
            }
            table.Caption($"{actors.Count:N0} of {page.Total:N0} actors; `triangulate actor NAME` shows one in context");
            Consoles.Out.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Show()
    {
        var name = new Argument<string>("NAME") { Description = "Any name the actor goes by (\"Hizbullah\" finds Hezbollah too), or one word of it (\"Marren\" finds Ilse Marren)." };
        var articlesShown = new Option<int>("--articles") { Description = "How many articles to show mentions from, in storing order.", DefaultValueFactory = _ => 20 };
        var command = new Command("actor", "Show one actor: its names, why they were merged, and the sentences that mention it, article by article.");
        command.Arguments.Add(name);
        command.Options.Add(articlesShown);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(async (parse, cancellation) =>
        {
            using var store = StoreAccess.OpenAnalysed(parse);
            var wanted = parse.GetValue(name)!;
            var candidates = await store.ActorsNamedAsync(wanted, cancellation);
            if (candidates.Count == 0)
            {
                Consoles.Error.MarkupLine($"[red]No actor[/] goes by {Markup.Escape(wanted)}; `triangulate actors` lists them.");
                return ExitCodes.NotFound;
            }
            var actor = candidates[0];
            var mentions = await store.MentionsAsync(actor.Id, parse.GetValue(articlesShown), cancellation);
            if (parse.GetValue(CommonOptions.Json))
            {
                await Console.Out.WriteLineAsync(ReportJson.Serialize(new { Actor = actor, Mentions = mentions, AlsoNamed = candidates.Skip(1).Select(a => a.Name) }));
                return ExitCodes.Success;
            }
            Consoles.Out.Write(new Rule($"[bold]{Markup.Escape(actor.Name)}[/] [grey]({actor.Type.ToString().ToLowerInvariant()})[/]").LeftJustified());
            Consoles.Out.MarkupLine("[grey]names:[/] " + Markup.Escape(string.Join(", ", actor.Aliases.Select(alias => $"{alias.Name} ({alias.Count})"))));
            foreach (var merge in actor.Merges)
                Consoles.Out.MarkupLine("[grey]merged:[/] " + Markup.Escape($"{merge.Alias} ~ {merge.Name}: {merge.Reason}"));
            if (candidates.Count > 1)
                Consoles.Out.MarkupLine("[grey]also named so:[/] " + Markup.Escape(string.Join(", ", candidates.Skip(1).Select(a => a.Name))));
            var articles = (await store.ArticlesAsync([.. mentions.Select(m => m.Article)], cancellation)).ToDictionary(a => a.Id);
            foreach (var mention in mentions.Where(m => articles.ContainsKey(m.Article)))
            {
                var article = articles[mention.Article];
                var text = ArticleText.Of(article);
                Consoles.Out.MarkupLine($"\n[bold]{Markup.Escape(article.Title)}[/] [grey]{Markup.Escape(article.Id[..ArticleTable.ShortIdLength])} {Markup.Escape(article.Outlet?.Name ?? "")}[/]");
                foreach (var evidence in mention.Mentions.Take(5))
                {
                    var context = evidence.Sentence < 0 ? article.Title : text.Text;
                    var start = Math.Max(0, evidence.Start - 60);
                    var end = Math.Min(context.Length, evidence.End + 60);
                    Consoles.Out.MarkupLine("  …" + Markup.Escape(context[start..evidence.Start]).ReplaceLineEndings(" ") + "[bold yellow]" + Markup.Escape(evidence.Text) + "[/]" + Markup.Escape(context[evidence.End..end]).ReplaceLineEndings(" ") + "…");
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
