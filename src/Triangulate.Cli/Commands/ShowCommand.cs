using System.CommandLine;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Facts;
using Triangulate.Reports;
using Triangulate.Stories;

namespace Triangulate.Cli.Commands;

internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "An article id, or a unique prefix of at least four characters." };
        var command = new Command("show", "Show one article: title, outlet, date with its evidence, credits, body, and what was set aside.");
        command.Arguments.Add(id);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(parse =>
        {
            using var store = StoreAccess.Open(parse);
            var article = store.Find(parse.GetValue(id)!);
            if (article is null)
            {
                Consoles.Error.MarkupLine($"[red]No article[/] has the id or unique prefix {Markup.Escape(parse.GetValue(id)!)}; `triangulate articles` lists them.");
                return ExitCodes.NotFound;
            }
            if (parse.GetValue(CommonOptions.Json))
                Console.Out.WriteLine(ReportJson.Serialize(ReportBuilder.Build([article]).Articles[0]));
            else
                ArticleView.Write(Consoles.Out, article, TimeAnchor.Of(article, article.Published is null ? StoryOf(store.Articles(), article) : []));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The articles of the story the article belongs to, clustered from the whole store as `stories` does.</summary>
    private static IReadOnlyList<Article> StoryOf(IReadOnlyList<Article> articles, Article article)
    {
        var byId = articles.ToDictionary(a => a.Id);
        var story = StoryClusterer.Cluster(articles).FirstOrDefault(s => s.ArticleIds.Contains(article.Id));
        return story is null ? [] : [.. story.ArticleIds.Select(id => byId[id])];
    }
}
