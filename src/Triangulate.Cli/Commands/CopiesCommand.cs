using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Reuse;

namespace Triangulate.Cli.Commands;

/// <summary><c>copies ID</c>: the stored articles that share sentences with one article, and how (verbatim, edited, paraphrased).</summary>
internal static class CopiesCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "An article id, or a unique prefix of at least four characters." };
        var command = new Command("copies", "Show the articles that share text with one article: sentences carried verbatim, edited or paraphrased, and how much of each.");
        command.Arguments.Add(id);
        command.SetAction(parse =>
        {
            using var store = StoreAccess.Open(parse);
            if (store.Find(parse.GetValue(id)!) is not { } article)
            {
                Consoles.Error.MarkupLine($"[red]No article[/] has the id or unique prefix {Markup.Escape(parse.GetValue(id)!)}; `triangulate articles` lists them.");
                return ExitCodes.NotFound;
            }
            var articles = store.Articles().ToDictionary(a => a.Id);
            var reuse = ReuseFinder.Find(articles.Values.ToList()).Where(r => r.Source == article.Id || r.Copy == article.Id).ToList();
            Consoles.Out.Write(new Rule($"[bold]{Markup.Escape(article.Title)}[/] [grey]{Markup.Escape(article.Outlet?.Name ?? "")}[/]").LeftJustified());
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("article").AddColumn("outlet").AddColumn(new TableColumn("verbatim").RightAligned())
                .AddColumn(new TableColumn("edited").RightAligned()).AddColumn(new TableColumn("paraphrase").RightAligned())
                .AddColumn(new TableColumn("of this").RightAligned()).AddColumn(new TableColumn("of that").RightAligned());
            foreach (var pair in reuse.OrderByDescending(r => r.Alignments.Count))
            {
                var thisIsSource = pair.Source == article.Id;
                var other = articles[thisIsSource ? pair.Copy : pair.Source];
                table.AddRow(
                    Markup.Escape(other.Id[..ArticleTable.ShortIdLength]),
                    Markup.Escape(other.Outlet?.Name ?? other.Title),
                    pair.Count(AlignmentKind.Verbatim).ToString(CultureInfo.InvariantCulture),
                    pair.Count(AlignmentKind.Edited).ToString(CultureInfo.InvariantCulture),
                    pair.Count(AlignmentKind.Paraphrase).ToString(CultureInfo.InvariantCulture),
                    (thisIsSource ? pair.ShareOfSource : pair.ShareOfCopy).ToString("P0", CultureInfo.InvariantCulture),
                    (thisIsSource ? pair.ShareOfCopy : pair.ShareOfSource).ToString("P0", CultureInfo.InvariantCulture));
            }
            table.Caption(reuse.Count == 0 ? "no stored article shares text with this one" : "\"of this\": share of this article's sentences found in the other; \"of that\": the reverse");
            Consoles.Out.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
