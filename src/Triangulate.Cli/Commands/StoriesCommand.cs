using System.CommandLine;
using Spectre.Console;
using Triangulate.Analysis;
using Triangulate.Cli.Terminal;
using Triangulate.Reports;
using Triangulate.Storage;

namespace Triangulate.Cli.Commands;

/// <summary><c>stories</c> lists the stored stories; <c>story ID</c> shows one, its articles in time order.</summary>
internal static class StoriesCommand
{
    private static string Short(string parent) => parent.Length == 16 && parent.All(char.IsAsciiHexDigitLower) ? parent[..ArticleTable.ShortIdLength] : parent;

    public static Command List()
    {
        var text = new Option<string?>("--title") { Description = "Only stories whose title holds these words." };
        var from = new Option<DateTimeOffset?>("--from") { Description = "Only stories seen on or after this date (ISO 8601)." };
        var to = new Option<DateTimeOffset?>("--to") { Description = "Only stories first seen on or before this date." };
        var outlet = new Option<string?>("--outlet") { Description = "Only stories an outlet took part in (any case; an agency by its initials too: MPA for Meridian Press Agency).", HelpName = "NAME" };
        var page = new Option<int>("--page") { Description = "Which page of the list, from 1.", DefaultValueFactory = _ => 1 };
        var size = new Option<int>("--size") { Description = "Stories a page, largest stories first.", DefaultValueFactory = _ => 50 };
        var command = new Command("stories", "List the stories of the stored articles (one real-world event each), largest first, with their origin. Filters and paging narrow the list.");
        foreach (var option in new Option[] { CommonOptions.Json, text, from, to, outlet, page, size })
            command.Options.Add(option);
        command.SetAction(async (parse, cancellation) =>
        {
            using var store = StoreAccess.OpenAnalysed(parse);
            var stories = await store.StoriesAsync(new StoryQuery(parse.GetValue(text), parse.GetValue(from), parse.GetValue(to), parse.GetValue(outlet),
                parse.GetValue(page), parse.GetValue(size)), cancellation);
            if (parse.GetValue(CommonOptions.Json))
                await Console.Out.WriteLineAsync(ReportJson.Serialize(stories.Items.Select(s => s.ToReport())));
            else
                Consoles.Out.Write(StoryTable.Of(stories.Items, stories.Total));
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Show()
    {
        var id = new Argument<string>("ID") { Description = "A story id (with or without \"story-\"), or a unique prefix of it." };
        var command = new Command("story", "Show one story: its articles in time order, with outlet, date, the kind of copy each is, what it changed and why it joined.");
        command.Arguments.Add(id);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(async (parse, cancellation) =>
        {
            using var store = StoreAccess.OpenAnalysed(parse);
            var wanted = parse.GetValue(id)!;
            if (await store.StoryAsync(wanted, cancellation) is not { } story)
            {
                Consoles.Error.MarkupLine($"[red]No single story[/] has the id {Markup.Escape(wanted)}; `triangulate stories` lists them.");
                return ExitCodes.NotFound;
            }
            var members = (await store.ArticlesAsync(story.ArticleIds, cancellation))
                .OrderBy(a => a.Published?.Value ?? DateTimeOffset.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
            if (parse.GetValue(CommonOptions.Json))
            {
                await Console.Out.WriteLineAsync(ReportJson.Serialize(await new AnalysedCorpus(store).ReportAsync(members, [story], null, cancellation)));
                return ExitCodes.Success;
            }
            Consoles.Out.Write(new Rule($"[bold]{Markup.Escape(story.Title)}[/]").LeftJustified());
            Consoles.Out.MarkupLine($"origin: [bold]{Markup.Escape(story.Origin.Name)}[/] [grey]({Markup.Escape(string.Join("; ", story.Origin.Evidence ?? []))})[/]");
            var joins = story.Joins.ToDictionary(j => j.Article);
            var table = new Table().Border(TableBorder.Rounded).AddColumn("article").AddColumn("published").AddColumn("outlet").AddColumn("title")
                .AddColumn("copy").AddColumn("changed").AddColumn("joined");
            foreach (var article in members)
            {
                var join = joins.GetValueOrDefault(article.Id);
                var derivation = story.DerivationOf(article.Id);
                table.AddRow(
                    Markup.Escape(article.Id[..ArticleTable.ShortIdLength]),
                    Markup.Escape(article.Published is { } published ? published.ToIso() + (published.Inferred ? "?" : "") : "—"),
                    Markup.Escape(article.Outlet?.Name ?? "—"),
                    Markup.Escape(Ellipsis.Shorten(article.Title, 40)),
                    Markup.Escape(derivation is null ? (article.Id == story.Origin.Article ? "origin" : "independent") : $"{derivation.Kind} of {Short(derivation.From)}"),
                    Markup.Escape(ChangeSummary.Of(story.Changes.Where(c => c.Article == article.Id))),
                    Markup.Escape(join is null ? "" : $"{join.Decision} {join.Score:0.00}"));
            }
            Consoles.Out.Write(table);
            Consoles.Out.MarkupLine("[grey]`triangulate copies ID` shows what one article changed; `triangulate provenance ID` draws the tree.[/]");
            return ExitCodes.Success;
        });
        return command;
    }
}
