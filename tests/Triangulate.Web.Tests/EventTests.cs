using System.Net;
using System.Text.Json.Nodes;

namespace Triangulate.Web.Tests;

/// <summary>Events and merged claims as the API and the pages show them: each with its independent origins and the sentences behind it.</summary>
public sealed class EventTests(FixtureApp app) : IClassFixture<FixtureApp>
{
    private readonly CancellationToken _cancel = TestContext.Current.CancellationToken;

    private async Task<JsonNode> Json(string path) => JsonNode.Parse(await app.Client.GetStringAsync(path, _cancel))!;

    [Fact]
    public async Task Events_name_their_story_support_and_evidence_in_stored_articles()
    {
        var events = await Json("/api/events?size=200");
        var items = events["items"]!.AsArray();

        Assert.Equal(items.Count, events["total"]!.GetValue<int>());
        foreach (var e in items)
        {
            Assert.NotNull(await Json("/api/stories/" + e!["story"]!.GetValue<string>()));
            Assert.InRange(e["independent_origins"]!.GetValue<int>(), 1, e["articles"]!.AsArray().Count);
            var one = await Json("/api/events/" + e["id"]!.GetValue<string>());
            Assert.Equal(e["type"]!.GetValue<string>(), one["type"]!.GetValue<string>());
        }
        using var missing = await app.Client.GetAsync("/api/events/no-such-event", _cancel);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_story_carries_its_claims_and_the_copies_of_one_wire_count_as_one_origin()
    {
        var stories = await Json("/api/stories?q=Tessaly");
        var story = await Json("/api/stories/" + stories["items"]![0]!["id"]!.GetValue<string>());
        var wire = await FixtureStore.ArticleAsync(FixtureStore.WireUrl);

        var claims = story["claims"]!.AsArray();
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal(1, c!["independent_origins"]!.GetValue<int>()));
        Assert.Contains(claims, c => c!["articles"]!.AsArray().Any(a => a!.GetValue<string>() == wire.Id));
        Assert.NotNull(story["events"]);
    }

    [Fact]
    public async Task The_timeline_lists_dated_events_in_time_order_and_links_their_stories()
    {
        var page = await app.Client.GetStringAsync("/timeline", _cancel);
        var dated = (await Json("/api/events?size=200"))["items"]!.AsArray()
            .Where(e => e!["time"]?["start"] is not null).ToList();

        Assert.Contains("<h1>Timeline</h1>", page);
        Assert.Contains($"{dated.Count} dated event", page);
        var days = System.Text.RegularExpressions.Regex.Matches(page, "<h2>(\\d{4}-\\d{2}-\\d{2})</h2>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(days.Order(StringComparer.Ordinal), days);
    }
}
