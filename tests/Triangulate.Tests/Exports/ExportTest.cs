using System.Xml.Linq;
using Triangulate.Analysis;
using Triangulate.Events;
using Triangulate.Exports;
using Triangulate.Text;

namespace Triangulate.Tests.Exports;

public class ExportTest
{
    private static IReadOnlyList<EventView> Facts()
    {
        var friday = new DateOnly(2025, 6, 13);
        IReadOnlyList<Event> events =
        [
            .. EventFinder.Find(ArticleText.Of("wire", "", ["Kestrel Brigades commanders met Velmoran Liberation Front leaders in Beirut last week, sources told AFP."]), friday),
            .. EventFinder.Find(ArticleText.Of("paper", "", ["Kestrel Brigades commanders met Velmoran Liberation Front leaders in Beirut last week, a spokesman said."]), friday),
        ];
        return [.. EventMerger.Merge(events, _ => null).Select(fact => EventView.Of("story-1", fact, _ => null))];
    }

    [Fact]
    public void TheGdeltTableHasOneTabSeparatedRowAnEventWithCameoRootPlaceAndOrigins()
    {
        using var writer = new StringWriter();
        EventExport.Write(writer, Facts(), "gdelt", id => "https://example.org/" + id);

        var fields = Assert.Single(writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)).Split('\t');
        Assert.Contains("04", fields);
        Assert.Contains("Beirut", fields);
        Assert.Contains("33.88", fields);
        Assert.Contains("2", fields);
        Assert.Contains("2025-06-02", fields);
        Assert.Contains(fields, f => f.Contains("https://example.org/wire", StringComparison.Ordinal) && f.Contains("https://example.org/paper", StringComparison.Ordinal));
    }

    [Fact]
    public void TheCsvHasAHeaderInSnakeCase()
    {
        using var writer = new StringWriter();
        EventExport.Write(writer, Facts(), "csv", id => id);

        var header = writer.ToString().Split('\n')[0];
        Assert.StartsWith("event_id,date,precision,type,cameo_root", header, StringComparison.Ordinal);
        Assert.Contains("independent_origins", header, StringComparison.Ordinal);
    }

    [Fact]
    public void TheActorNetworkWeighsASharedEventByItsIndependentOrigins()
    {
        using var writer = new StringWriter();
        ActorNetworkExport.Write(writer, Facts());

        XNamespace graphml = "http://graphml.graphdrawing.org/xmlns";
        var document = XDocument.Parse(writer.ToString());
        Assert.Equal(2, document.Descendants(graphml + "node").Count());
        var edge = Assert.Single(document.Descendants(graphml + "edge"));
        Assert.Equal("2", edge.Elements(graphml + "data").Single(d => (string?)d.Attribute("key") == "weight").Value);
    }

    [Fact]
    public void TheTimelineListsDatedEventsWithTheirSpan()
    {
        using var writer = new StringWriter();
        TimelineExport.Write(writer, Facts());

        var json = writer.ToString();
        Assert.Contains("\"start\": \"2025-06-02\"", json, StringComparison.Ordinal);
        Assert.Contains("\"end\": \"2025-06-08\"", json, StringComparison.Ordinal);
        Assert.Contains("\"precision\": \"week\"", json, StringComparison.Ordinal);
    }
}
