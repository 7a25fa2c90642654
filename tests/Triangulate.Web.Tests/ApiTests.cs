using System.Net;
using System.Text.Json.Nodes;

namespace Triangulate.Web.Tests;

/// <summary>The JSON API over the analysed fixture store: field names of the report schema, filters, paging, errors.</summary>
public sealed class ApiTests(FixtureApp app) : IClassFixture<FixtureApp>
{
    private readonly CancellationToken _cancel = TestContext.Current.CancellationToken;

    private async Task<JsonNode> Json(string path)
    {
        using var response = await app.Client.GetAsync(path, _cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(_cancel))!;
    }

    private async Task<string> WireStoryId()
    {
        var stories = await Json("/api/stories?q=Tessaly");
        return stories["items"]!.AsArray().Single()!["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task Stories_list_the_wire_story_with_its_three_articles_as_one_independent_origin()
    {
        var wire = await FixtureStore.ArticleAsync(FixtureStore.WireUrl);
        var stories = await Json("/api/stories");

        var items = stories["items"]!.AsArray();
        Assert.Equal(items.Count, stories["total"]!.GetValue<int>());
        var ferry = items.Single(s => s!["articles"]!.AsArray().Any(a => a!.GetValue<string>() == wire.Id))!;
        Assert.Equal(3, ferry["articles"]!.AsArray().Count);
        Assert.Equal(1, ferry["independent_origins"]!.GetValue<int>());
        Assert.Equal(wire.Id, ferry["origin"]!["article"]!.GetValue<string>());
        Assert.Equal(items[0]!["id"]!.GetValue<string>(), ferry["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stories_filter_by_outlet_time_and_actor_and_page()
    {
        Assert.Equal(1, (await Json("/api/stories?outlet=brenmoor%20bugle"))["total"]!.GetValue<int>());
        var march = await Json("/api/stories?from=2026-03-01&to=2026-03-01");
        Assert.Contains("library", march["items"]!.AsArray().Single()!["title"]!.GetValue<string>());
        var withVollen = await Json("/api/stories?actor=Marit%20Vollen");
        Assert.Contains("Tessaly", withVollen["items"]!.AsArray().Single()!["title"]!.GetValue<string>());

        var all = (await Json("/api/stories"))["total"]!.GetValue<int>();
        var second = await Json("/api/stories?page=2&size=1");
        Assert.Equal(all, second["total"]!.GetValue<int>());
        Assert.Equal(2, second["page"]!.GetValue<int>());
        Assert.Single(second["items"]!.AsArray());
    }

    [Fact]
    public async Task Stories_filter_by_event_type_to_the_stories_holding_an_event_of_that_type()
    {
        var events = (await Json("/api/events?size=200"))["items"]!.AsArray();
        var all = (await Json("/api/stories"))["total"]!.GetValue<int>();
        var ferry = await WireStoryId();
        var narrowed = false;
        foreach (var type in events.Select(e => e!["type"]!.GetValue<string>()).Distinct())
        {
            var holding = events.Where(e => e!["type"]!.GetValue<string>() == type).Select(e => e!["story"]!.GetValue<string>()).Distinct().Order().ToList();
            var listed = await Json("/api/stories?type=" + Uri.EscapeDataString(type));
            Assert.Equal(holding, listed["items"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).Order());
            narrowed |= holding.Count < all;

            var ofVollen = await Json("/api/stories?actor=Marit%20Vollen&type=" + Uri.EscapeDataString(type));
            string[] ferryIfHolding = holding.Contains(ferry) ? [ferry] : [];
            Assert.Equal(ferryIfHolding, ofVollen["items"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()));
        }
        Assert.True(narrowed, "some event type is held by only some stories");
        Assert.Equal(0, (await Json("/api/stories?type=coronation"))["total"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("/api/stories?page=0")]
    [InlineData("/api/stories?page=two")]
    [InlineData("/api/stories?size=100000")]
    [InlineData("/api/stories?from=yesterday")]
    [InlineData("/api/search")]
    public async Task Bad_filters_are_refused_with_a_reason(string path)
    {
        using var response = await app.Client.GetAsync(path, _cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("detail", await response.Content.ReadAsStringAsync(_cancel));
    }

    [Fact]
    public async Task A_story_gives_its_origin_derivations_changes_and_articles_in_time_order()
    {
        var wire = await FixtureStore.ArticleAsync(FixtureStore.WireUrl);
        var courier = await FixtureStore.ArticleAsync(FixtureStore.CourierUrl);
        var story = await Json("/api/stories/" + await WireStoryId());

        Assert.Equal([wire.Id, courier.Id, (await FixtureStore.ArticleAsync(FixtureStore.EveningPostUrl)).Id],
            story["articles"]!.AsArray().Select(a => a!.GetValue<string>()));
        var derivations = story["derivations"]!.AsArray();
        Assert.Equal(2, derivations.Count);
        Assert.All(derivations, d => Assert.Equal(wire.Id, d!["from"]!.GetValue<string>()));
        var figure = story["changes"]!.AsArray().Single(c => c!["kind"]!.GetValue<string>() == "figure" && c["article"]!.GetValue<string>() == courier.Id)!;
        Assert.Contains("84", figure["origin_text"]!.GetValue<string>());
        Assert.Contains("more than 80", figure["text"]!.GetValue<string>());
        Assert.Equal("origin", story["members"]![0]!["copy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_ids_are_not_found()
    {
        foreach (var path in new[] { "/api/stories/story-0000000000000000", "/api/articles/ffffffffffffffff", "/api/actors/nobody-at-all" })
        {
            using var response = await app.Client.GetAsync(path, _cancel);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task An_article_gives_its_parent_and_evidence_spans_that_point_into_its_text()
    {
        var wire = await FixtureStore.ArticleAsync(FixtureStore.WireUrl);
        var courier = await FixtureStore.ArticleAsync(FixtureStore.CourierUrl);
        var detail = await Json("/api/articles/" + courier.Id);

        Assert.Equal(courier.Title, detail["article"]!["title"]!.GetValue<string>());
        Assert.Equal(wire.Id, detail["derivation"]!["from"]!.GetValue<string>());
        var text = string.Join("\n", courier.Body);
        var vollen = detail["mentions"]!.AsArray().Single(m => m!["name"]!.GetValue<string>() == "Marit Vollen")!;
        foreach (var evidence in vollen["evidence"]!.AsArray().Where(e => e!["sentence"]!.GetValue<int>() >= 0))
        {
            var (start, end) = (evidence!["start"]!.GetValue<int>(), evidence["end"]!.GetValue<int>());
            Assert.Equal(evidence["text"]!.GetValue<string>(), text[start..end]);
        }
        Assert.NotEmpty(vollen["evidence"]!.AsArray());
    }

    [Fact]
    public async Task Actors_are_found_by_name_and_show_their_mentions()
    {
        var found = await Json("/api/actors?q=Vollen");
        var id = found["items"]!.AsArray().Single()!["id"]!.GetValue<string>();
        var actor = await Json("/api/actors/" + id);

        Assert.Equal("Marit Vollen", actor["name"]!.GetValue<string>());
        Assert.Equal("person", actor["type"]!.GetValue<string>());
        var mentions = actor["mentions"]!.AsArray();
        Assert.Equal(3, mentions.Count);
        Assert.All(mentions, m => Assert.Contains("Vollen", m!["mentions"]![0]!["sentence"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Search_hits_name_their_article()
    {
        var library = await FixtureStore.ArticleAsync(FixtureStore.LibraryUrl);
        var hits = (await Json("/api/search?q=tram%20depot")).AsArray();

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(library.Id, h!["article"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Claims_carry_the_articles_that_make_them()
    {
        var claims = (await Json("/api/claims?size=200"))["items"]!.AsArray();
        var wire = await FixtureStore.ArticleAsync(FixtureStore.WireUrl);

        var rescued = claims.First(c => c!["value"]!.GetValue<double>() == 84)!;
        Assert.Contains(wire.Id, rescued["articles"]!.AsArray().Select(a => a!.GetValue<string>()));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_api()
    {
        var document = await Json("/openapi/v1.json");
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();

        Assert.Contains("/api/stories/{id}", paths);
        Assert.Contains("/api/search", paths);
        Assert.DoesNotContain("/", paths);
        var filters = document["paths"]!["/api/stories"]!["get"]!["parameters"]!.AsArray();
        Assert.Equal(["q", "from", "to", "outlet", "actor", "type", "page", "size"], filters.Select(p => p!["name"]!.GetValue<string>()));
        Assert.All(filters, p => Assert.Equal("query", p!["in"]!.GetValue<string>()));
    }
}
