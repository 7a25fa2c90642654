using System.CommandLine;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Facts;
using Triangulate.Reports;

namespace Triangulate.Cli.Commands;

internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "An article id, or a unique prefix of at least four characters." };
        var command = new Command("show", "Show one article: title, outlet, date with its evidence, credits, body, and what was set aside.");
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
            if (parse.GetValue(CommonOptions.Json))
            {
                await Console.Out.WriteLineAsync(ReportJson.Serialize(ReportBuilder.Build([article]).Articles[0]));
                return ExitCodes.Success;
            }
            var story = article.Published is null ? (await store.StoriesOfAsync([article.Id], cancellation)).FirstOrDefault() : null;
            var storyArticles = story is null ? [] : await store.ArticlesAsync(story.ArticleIds, cancellation);
            ArticleView.Write(Consoles.Out, article, TimeAnchor.Of(article, storyArticles), TimeProvider.System);
            return ExitCodes.Success;
        });
        return command;
    }
}
