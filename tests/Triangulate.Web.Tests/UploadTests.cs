using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Triangulate.Web.Tests;

/// <summary>POST /api/articles: ingested and analysed with progress as server-sent events, within limits, from this site only.</summary>
public sealed class UploadTests
{
    private const string NewArticle =
        """{"id": "courier-2026-0414-ferry", "url": "https://coastlinecourier.example/news/saint-oriel-refloated", "title": "Saint Oriel refloated at high tide", "date": "2026-04-14T07:30:00+02:00", "outlet": "Coastline Courier", "text": "Tugboats pulled the ferry Saint Oriel free of the sandbank off Tessaly Point at high tide on Monday night, Bellwave Lines said.\n\nThe ferry was towed to Port Aldane for an inspection of its hull, harbour master Tomas Erdely said."}""";

    private readonly CancellationToken _cancel = TestContext.Current.CancellationToken;

    /// <summary>The server-sent events of a response: (event, data) pairs.</summary>
    private static List<(string Event, JsonNode Data)> Events(string stream) =>
        [.. stream.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(block =>
        {
            var lines = block.Split('\n');
            return (lines.Single(l => l.StartsWith("event: ", StringComparison.Ordinal))[7..],
                JsonNode.Parse(lines.Single(l => l.StartsWith("data: ", StringComparison.Ordinal))[6..])!);
        })];

    [Fact]
    public async Task JSON_lines_are_ingested_and_analysed_with_progress_then_answered_from_the_store()
    {
        await using var factory = new WebFactory(await FixtureStore.CopyAsync());
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/articles", new StringContent(NewArticle + "\n", Encoding.UTF8, "application/x-ndjson"), _cancel);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = Events(await response.Content.ReadAsStringAsync(_cancel));

        Assert.Contains(events, e => e.Event == "progress" && e.Data["stage"]!.GetValue<string>() == "stories");
        var (name, done) = events[^1];
        Assert.Equal("done", name);
        Assert.Equal(1, done["added"]!.GetValue<int>());
        var id = done["articles"]![0]!.GetValue<string>();
        var article = JsonNode.Parse(await client.GetStringAsync("/api/articles/" + id, _cancel))!;
        Assert.Equal("Saint Oriel refloated at high tide", article["article"]!["title"]!.GetValue<string>());
        Assert.NotNull(article["story"]);

        // As curl --data-binary sends it: a form content type on a body that is no form.
        using var again = await client.PostAsync("/api/articles", new StringContent(NewArticle, Encoding.UTF8, "application/x-www-form-urlencoded"), _cancel);
        var repeated = Events(await again.Content.ReadAsStringAsync(_cancel))[^1].Data;
        Assert.Equal(0, repeated["added"]!.GetValue<int>());
        Assert.Equal(1, repeated["already_stored"]!.GetValue<int>());
    }

    [Fact]
    public async Task Files_are_read_by_their_content_and_named_as_uploads_not_paths()
    {
        await using var factory = new WebFactory(await FixtureStore.CopyAsync());
        using var client = factory.CreateClient();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(
            "Kell harbour reopens after dredging\n\nThe harbour of Kell reopened to fishing boats on Thursday after three weeks of dredging, the port office said."));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "files", "../../etc/kell-harbour.txt");

        using var response = await client.PostAsync("/api/articles", form, _cancel);
        var done = Events(await response.Content.ReadAsStringAsync(_cancel))[^1].Data;

        Assert.Equal(1, done["added"]!.GetValue<int>());
        var article = JsonNode.Parse(await client.GetStringAsync("/api/articles/" + done["articles"]![0]!.GetValue<string>(), _cancel))!;
        Assert.Equal("upload/kell-harbour.txt", article["article"]!["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task Uploads_over_the_limit_are_refused_before_anything_is_stored()
    {
        var db = await FixtureStore.CopyAsync();
        await using var factory = new WebFactory(db, maxUploadBytes: 200);
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/articles", new StringContent(NewArticle, Encoding.UTF8, "application/x-ndjson"), _cancel);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(JsonNode.Parse(await client.GetStringAsync("/api/search?q=refloated", _cancel))!.AsArray());
    }

    [Fact]
    public async Task Another_site_cannot_post_articles()
    {
        await using var factory = new WebFactory(await FixtureStore.CopyAsync());
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = new StringContent(NewArticle, Encoding.UTF8, "text/plain"),
            Headers = { { "Origin", "https://attacker.example" } },
        };

        using var response = await client.SendAsync(request, _cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(JsonNode.Parse(await client.GetStringAsync("/api/search?q=refloated", _cancel))!.AsArray());
    }
}
