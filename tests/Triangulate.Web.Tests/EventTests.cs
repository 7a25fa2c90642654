using System.Net;
using System.Text.RegularExpressions;
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
    public async Task Each_fact_of_a_story_page_shows_its_independent_origins_and_links_to_the_sentences_that_say_it()
    {
        var id = (await Json("/api/stories?q=Tessaly"))["items"]![0]!["id"]!.GetValue<string>();
        var story = await Json("/api/stories/" + id);
        var page = await app.Client.GetStringAsync("/stories/" + id, _cancel);
        var articles = new Dictionary<string, string>();

        var facts = story["events"]!.AsArray().Concat(story["claims"]!.AsArray()).ToList();
        Assert.NotEmpty(facts);
        foreach (var fact in facts)
        {
            var item = Regex.Match(page, $"<li id=\"{fact!["id"]}\">(.*?)</li>", RegexOptions.Singleline).Groups[1].Value;
            var origins = fact["independent_origins"]!.GetValue<int>();
            Assert.Contains($"<strong>{origins} independent origin{(origins == 1 ? "" : "s")}</strong>", item);
            var links = Regex.Matches(item, "<a href=\"/articles/([^\"#]+)#s(\\d+)\" title=\"([^\"]*)\"");
            Assert.Equal(Math.Min(fact["evidence"]!.AsArray().Count, Pages.FactsSection.EvidenceLinks), links.Count);
            foreach (Match link in links)
            {
                var article = link.Groups[1].Value;
                if (!articles.TryGetValue(article, out var text))
                    articles[article] = text = await app.Client.GetStringAsync("/articles/" + article, _cancel);
                var start = text.IndexOf($"id=\"s{link.Groups[2].Value}\"", StringComparison.Ordinal);
                Assert.True(start >= 0, $"/articles/{article} has sentence s{link.Groups[2].Value}");
                var end = text.IndexOf("id=\"s", start + 4, StringComparison.Ordinal);
                var sentence = WebUtility.HtmlDecode(Regex.Replace(text[text.IndexOf('>', start)..(end < 0 ? text.Length : end)], "<[^>]+>", ""));
                Assert.Contains(WebUtility.HtmlDecode(link.Groups[3].Value), sentence);
            }
        }
    }

    [Fact]
    public async Task The_timeline_lists_dated_events_in_time_order_and_links_their_stories()
    {
        var page = await app.Client.GetStringAsync("/timeline", _cancel);
        var dated = (await Json("/api/events?size=200"))["items"]!.AsArray()
            .Where(e => e!["time"]?["start"] is not null).ToList();

        Assert.Contains("<h1>Timeline</h1>", page);
        Assert.Contains($"{dated.Count} dated event", page);
        var days = Regex.Matches(page, "<h2><time datetime=\"(\\d{4}-\\d{2}-\\d{2})\">").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(days);
        Assert.Equal(days.Order(StringComparer.Ordinal), days);
        // Each event is dated as a reader says it, with the words that date it, not by its TimeML value ("2026-04-12TEV").
        var shown = WebUtility.HtmlDecode(page);
        var said = dated.Select(e => (Value: e!["time"]!["value"]!.GetValue<string>(), Words: e["time"]!["evidence"]!["text"]!.GetValue<string>().Trim()))
            .Where(t => !string.Equals(t.Value, t.Words, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.NotEmpty(said);
        Assert.All(said, t => Assert.Contains($"(“{t.Words}”)", shown));
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}T[A-Z0-9]", shown);
    }
}
