using System.Globalization;
using Spectre.Console;
using Triangulate.Reports;
using Triangulate.Stories;

namespace Triangulate.Cli.Terminal;

internal static class StoryTable
{
    private const int MaxOutlets = 2;

    public static Table Of(IReadOnlyList<Story> stories, Report report)
    {
        var origins = report.Stories.ToDictionary(s => s.Id, s => s.Origin);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("story").AddColumn("title").AddColumn(new TableColumn("articles").RightAligned()).AddColumn("outlets")
            .AddColumn(new TableColumn("first seen").NoWrap()).AddColumn(new TableColumn("last seen").NoWrap())
            .AddColumn("origin");
        foreach (var story in stories.OrderByDescending(s => s.ArticleIds.Count).ThenBy(s => s.FirstSeen))
        {
            table.AddRow(
                TerminalText.Escape(story.Id.Replace("story-", "")[..8]),
                TerminalText.Escape(Ellipsis.Shorten(story.Title, 48)),
                story.ArticleIds.Count.ToString(CultureInfo.InvariantCulture),
                TerminalText.Escape(story.Outlets.Count <= MaxOutlets
                    ? string.Join(", ", story.Outlets)
                    : string.Join(", ", story.Outlets.Take(MaxOutlets)) + $" +{story.Outlets.Count - MaxOutlets}"),
                Day(story.FirstSeen),
                Day(story.LastSeen),
                TerminalText.Escape(origins.GetValueOrDefault(story.Id) is { } origin ? Ellipsis.Shorten(origin.Name, 24) + (origin.Reconstructed ? " (wire)" : "") : "—"));
        }
        table.Caption($"{stories.Count:N0} stories; `triangulate story ID` for one");
        return table;
    }

    private static string Day(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
}
