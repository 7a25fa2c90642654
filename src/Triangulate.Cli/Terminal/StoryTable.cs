using System.Globalization;
using Spectre.Console;
using Triangulate.Analysis;

namespace Triangulate.Cli.Terminal;

internal static class StoryTable
{
    private const int MaxOutlets = 2;

    /// <param name="total">How many stories there are, when the table shows only some of them.</param>
    public static Table Of(IReadOnlyList<StoryView> stories, int? total = null, string? whereTheRestAre = null)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("story").AddColumn("title").AddColumn(new TableColumn("articles").RightAligned()).AddColumn("outlets")
            .AddColumn(new TableColumn("first seen").NoWrap()).AddColumn(new TableColumn("last seen").NoWrap())
            .AddColumn("origin");
        foreach (var story in stories)
        {
            table.AddRow(
                TerminalText.Escape(ShortId(story.Id)),
                TerminalText.Escape(Ellipsis.Shorten(story.Title, 48)),
                story.ArticleIds.Count.ToString(CultureInfo.InvariantCulture),
                TerminalText.Escape(story.Outlets.Count <= MaxOutlets
                    ? string.Join(", ", story.Outlets)
                    : string.Join(", ", story.Outlets.Take(MaxOutlets)) + $" +{story.Outlets.Count - MaxOutlets}"),
                Day(story.FirstSeen),
                Day(story.LastSeen),
                TerminalText.Escape(Ellipsis.Shorten(story.Origin.Name, 24) + (story.Origin.Reconstructed ? " (wire)" : "")));
        }
        table.Caption($"{RowCount.Of(stories.Count, "stories", total, whereTheRestAre)}; `triangulate story ID` for one");
        return table;
    }

    public static string ShortId(string storyId) => storyId.Replace("story-", "", StringComparison.Ordinal)[..8];

    private static string Day(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
}
