using System.Text.Json;
using Triangulate.Analysis;
using Triangulate.Ingest;
using Triangulate.Reports;
using Triangulate.Storage;
using Triangulate.Tests.Analysis;

namespace Triangulate.Tests.Reports;

/// <summary>The report JSON lists the events, claims and attributions in DESIGN.md's field names, each story naming its own by id, the same from a run and from the store.</summary>
public class ReportJsonTest
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stories_name_their_events_claims_and_attributions_listed_with_evidence()
    {
        using var folder = new TempFolder();
        using var store = SqliteArticleStore.Open(folder.Combine("corpus.db"));
        var corpus = new AnalysedCorpus(store);
        var run = await corpus.AddAsync(new[] { FactFixtures.Wire, FactFixtures.Copy, FactFixtures.Independent }.Select(IngestOutcome.Of), cancellation: Cancel);

        var fromRun = ReportJson.Serialize(await corpus.ReportAsync(run.Articles, await corpus.StoriesOfAsync(run.Articles, run.Update, Cancel), run.Update, Cancel));
        var fromStore = ReportJson.Serialize(await corpus.ReportAsync(run.Articles, await corpus.StoriesOfAsync(run.Articles, null, Cancel), null, Cancel));
        using var document = JsonDocument.Parse(fromStore);
        var root = document.RootElement;

        var story = root.GetProperty("stories").EnumerateArray().Single(s => s.GetProperty("articles").EnumerateArray().Any(a => a.GetString() == "herald"));
        IEnumerable<JsonElement> Own(string list) =>
            root.GetProperty(list).EnumerateArray().Where(fact => story.GetProperty(list.TrimEnd('s') + "_ids").EnumerateArray().Any(id => id.GetString() == fact.GetProperty("id").GetString()));
        var meeting = Own("events").Single(e => e.GetProperty("type").GetString() == "meet");
        Assert.Equal(2, meeting.GetProperty("independent_origins").GetInt32());
        Assert.Equal("corroborated", meeting.GetProperty("status").GetString());
        Assert.Equal("Beirut", meeting.GetProperty("place").GetProperty("name").GetString());
        Assert.True(meeting.GetProperty("place").GetProperty("lat").GetDouble() > 30);
        Assert.Equal("2026-03-02", meeting.GetProperty("time").GetProperty("start").GetString());
        Assert.Equal("week", meeting.GetProperty("time").GetProperty("precision").GetString());
        Assert.All(meeting.GetProperty("participants").EnumerateArray(), p => Assert.Equal("participant", p.GetProperty("role").GetString()));
        Assert.Contains(meeting.GetProperty("participants").EnumerateArray(), p => p.GetProperty("actor").GetString()?.StartsWith("actor-", StringComparison.Ordinal) == true);
        var evidence = meeting.GetProperty("evidence")[0];
        foreach (var field in new[] { "article", "sentence", "start", "end", "text" })
            Assert.True(evidence.TryGetProperty(field, out _), field);

        var claim = Own("claims").Single(c => c.GetProperty("value").ValueKind == JsonValueKind.Number && c.GetProperty("value").GetDouble() == 1250);
        Assert.Equal("at least", claim.GetProperty("qualifier").GetString());
        Assert.Equal(2, claim.GetProperty("independent_origins").GetInt32());
        Assert.Contains("the Aldane health ministry", claim.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("corroborated", claim.GetProperty("status").GetString());

        var attribution = Own("attributions").First(a => a.GetProperty("via").GetString() == "AFP");
        Assert.True(attribution.GetProperty("anonymous").GetBoolean());
        Assert.Equal("told", attribution.GetProperty("cue").GetString());
        Assert.Equal(story.GetProperty("event_ids").GetArrayLength(), story.GetProperty("event_ids").EnumerateArray().Distinct().Count());
        Assert.Equal(fromRun, fromStore);
    }
}
