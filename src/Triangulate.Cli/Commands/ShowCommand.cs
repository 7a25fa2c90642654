using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Facts;
using Triangulate.Reports;
using Triangulate.Storage;

namespace Triangulate.Cli.Commands;

internal static class ShowCommand
{
    private const int MaximumEvents = 200;

    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "An article id, or a unique prefix of at least four characters." };
        var command = new Command("show", "Show one article: title, outlet, date with its evidence, credits, body, what was set aside, and its events, attributions and claims with their evidence.");
        command.Arguments.Add(id);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(async (parse, cancellation) =>
        {
            using var store = StoreAccess.Open(parse);
            var article = await store.FindAsync(parse.GetValue(id)!, cancellation);
            if (article is null)
            {
                Consoles.Error.MarkupLine($"[red]No article[/] has the id or unique prefix {Markup.Escape(parse.GetValue(id)!)}; `triangulate articles` lists them.");
                return ExitCodes.NotFound;
            }
            var stored = new StoredFacts(
                (await store.EventsAsync(new EventQuery(Article: article.Id, Size: MaximumEvents), cancellation)).Items,
                await store.AttributionsOfAsync([article.Id], cancellation),
                await store.ClaimFactsOfAsync([article.Id], cancellation));
            if (parse.GetValue(CommonOptions.Json))
            {
                // The article as the report schema has it, with its facts beside its fields.
                var json = JsonSerializer.SerializeToNode(ReportBuilder.Build([article]).Articles[0], ReportJson.Options)!.AsObject();
                json["events"] = JsonSerializer.SerializeToNode(stored.Events.Select(ReportBuilder.ToReport), ReportJson.Options);
                json["attributions"] = JsonSerializer.SerializeToNode(stored.Attributions.Select(ReportBuilder.ToReport), ReportJson.Options);
                json["claims"] = JsonSerializer.SerializeToNode(stored.Claims.Select(ReportBuilder.ToReport), ReportJson.Options);
                await Console.Out.WriteLineAsync(json.ToJsonString(ReportJson.Options));
                return ExitCodes.Success;
            }
            var story = article.Published is null ? (await store.StoriesOfAsync([article.Id], cancellation)).FirstOrDefault() : null;
            var storyArticles = story is null ? [] : await store.ArticlesAsync(story.ArticleIds, cancellation);
            ArticleView.Write(Consoles.Out, article, TimeAnchor.Of(article, storyArticles), stored, TimeProvider.System);
            return ExitCodes.Success;
        });
        return command;
    }
}
