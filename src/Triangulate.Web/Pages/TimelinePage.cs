using System.Globalization;
using Triangulate.Events;
using Triangulate.Analysis;
using Triangulate.Storage;
using Triangulate.Web.Views;

namespace Triangulate.Web.Pages;

/// <summary>/timeline: events across stories in time order, day by day (or by the week, month or year they are dated to), filtered by type and dates.</summary>
internal static class TimelinePage
{
    public static IResult Render(ListFilters filters, Page<EventView> events) => Layout.Page("Timeline", html =>
    {
        html.Tag("h1", "Timeline");
        html.Raw("<form class=\"filters\" action=\"/timeline\" method=\"get\"><fieldset><legend>Filter</legend>");
        StoriesPage.EventTypeField(html, "t-type", filters.Type);
        StoriesPage.Field(html, "t-from", "from", "From", "date", filters.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        StoriesPage.Field(html, "t-to", "to", "Until", "date", filters.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        html.Raw("<button type=\"submit\">Apply</button> <a href=\"/timeline\">Clear</a></fieldset></form>");
        html.Tag("p", $"{Format.Count(events.Total, "dated event", "dated events")}, earliest first", "class", "meta");
        foreach (var period in events.Items.Where(e => e.Time?.Start is not null).GroupBy(e => (Start: e.Time!.Start!.Value, e.Time.Precision)))
        {
            html.Open("section", "class", "day").Raw("<h2>").Open("time", "datetime", period.Key.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Text(Heading(period.Key.Start, period.Key.Precision)).Raw("</time></h2>");
            FactsSection.Events(html, [.. period], acrossStories: true);
            html.Close("section");
        }
        StoriesPage.Pager(html, "/timeline", filters, events.Total);
    });

    /// <summary>The period an event is dated to, at the precision its text gives: a year stays a year, not its first day.</summary>
    private static string Heading(DateOnly start, string precision) => precision switch
    {
        "year" => start.ToString("yyyy", CultureInfo.InvariantCulture),
        "quarter" => $"{start.Year}, quarter {(start.Month - 1) / 3 + 1}",
        "month" => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        "week" => "week of " + start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
