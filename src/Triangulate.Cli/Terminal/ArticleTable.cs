using Spectre.Console;

namespace Triangulate.Cli.Terminal;

internal static class ArticleTable
{
    /// <summary>Ids are shown cut to this many hex digits; any unique prefix of four or more finds an article.</summary>
    public const int ShortIdLength = 8;

    /// <param name="total">How many articles there are, when the table shows only the first of them.</param>
    public static Table Of(IReadOnlyList<Article> articles, int? total = null, string? whereTheRestAre = null)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("id").AddColumn(new TableColumn("published").NoWrap()).AddColumn("outlet").AddColumn("credits").AddColumn("title");
        foreach (var article in articles)
        {
            table.AddRow(
                TerminalText.Escape(article.Id[..ShortIdLength]),
                TerminalText.Escape(article.Published is { } published ? published.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + (published.Inferred ? "?" : "") : "—"),
                TerminalText.Escape(article.Outlet?.Name ?? "—"),
                TerminalText.Escape(string.Join(", ", article.Credits)),
                TerminalText.Escape(Ellipsis.Shorten(article.Title, 70)));
        }
        table.Caption($"{RowCount.Of(articles.Count, "articles", total, whereTheRestAre)}; \"?\" marks a date inferred from indirect evidence; `triangulate show ID` for one");
        return table;
    }
}
