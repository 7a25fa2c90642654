using Spectre.Console;

namespace Triangulate.Cli.Terminal;

internal static class ArticleTable
{
    /// <summary>Ids are shown cut to this many hex digits; any unique prefix of four or more finds an article.</summary>
    public const int ShortIdLength = 8;

    public static Table Of(IReadOnlyList<Article> articles)
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
        table.Caption($"{articles.Count:N0} articles; \"?\" marks a date inferred from indirect evidence; `triangulate show ID` for one");
        return table;
    }
}
