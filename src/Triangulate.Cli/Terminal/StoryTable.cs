using System.Globalization;
using Spectre.Console;
using Triangulate.Stories;

namespace Triangulate.Cli.Terminal;

internal static class StoryTable
{
    public static Table Of(IReadOnlyList<Story> stories)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("story").AddColumn("title").AddColumn(new TableColumn("articles").RightAligned()).AddColumn("outlets")
            .AddColumn(new TableColumn("first seen").NoWrap()).AddColumn(new TableColumn("last seen").NoWrap());
        foreach (var story in stories.OrderByDescending(s => s.ArticleIds.Count).ThenBy(s => s.FirstSeen))
        {
            table.AddRow(
                Markup.Escape(story.Id.Replace("story-", "")[..8]),
                Markup.Escape(story.Title),
                story.ArticleIds.Count.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", story.Outlets)),
                Day(story.FirstSeen),
                Day(story.LastSeen));
        }
        table.Caption($"{stories.Count:N0} stories; `triangulate story ID` for one");
        return table;
    }

    private static string Day(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
}
