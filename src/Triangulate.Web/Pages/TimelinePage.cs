using Triangulate.Analysis;
using Triangulate.Storage;
using Triangulate.Web.Views;

namespace Triangulate.Web.Pages;

/// <summary>/timeline: events across stories in time order, day by day, filtered by type and dates.</summary>
internal static class TimelinePage
{
    public static IResult Render(ListFilters filters, Page<EventView> events) => Layout.Page("Timeline", html =>
    {
        html.Tag("h1", "Timeline");
        html.Raw("<form class=\"filters\" action=\"/timeline\" method=\"get\"><fieldset><legend>Filter</legend>")
            .Raw("<label for=\"t-type\">Event type</label>").Open("input", "id", "t-type", "name", "type", "type", "text", "value", filters.Type)
            .Raw("<label for=\"t-from\">From</label>").Open("input", "id", "t-from", "name", "from", "type", "date", "value", filters.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Raw("<label for=\"t-to\">Until</label>").Open("input", "id", "t-to", "name", "to", "type", "date", "value", filters.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Raw("<button type=\"submit\">Apply</button> <a href=\"/timeline\">Clear</a></fieldset></form>");
        html.Tag("p", $"{Format.Count(events.Total, "dated event", "dated events")}, earliest first", "class", "meta");
        foreach (var day in events.Items.GroupBy(e => e.Time?.Start?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated"))
        {
            html.Open("section", "class", "day").Tag("h2", day.Key);
            FactsSection.Events(html, [.. day], showStory: true);
            html.Close("section");
        }
        StoriesPage.Pager(html, "/timeline", filters, events.Total);
    });
}
