using System.Net;
using System.Text.RegularExpressions;

namespace Triangulate.Web.Tests;

/// <summary>Untrusted article text stays text; the policy headers are on every answer; no request path reaches the disk.</summary>
public sealed partial class SafetyTests(FixtureApp app) : IClassFixture<FixtureApp>
{
    private readonly CancellationToken _cancel = TestContext.Current.CancellationToken;

    /// <summary>An on* attribute of a tag (walking its quoted attributes, so an encoded "onerror=" inside a title's value is no match).</summary>
    [GeneratedRegex(@"<[a-z][a-z0-9]*(\s+[a-z:-]+(=""[^""]*"")?)*\s+on[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    private async Task<string> Page(string path)
    {
        using var response = await app.Client.GetAsync(path, _cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(_cancel);
    }

    [Fact]
    public async Task Pages_showing_the_hostile_article_carry_its_markup_as_text_only()
    {
        var hostile = await FixtureStore.ArticleAsync(FixtureStore.HostileSource);
        var stories = await Page("/");
        var story = await Page("/stories/" + System.Text.Json.Nodes.JsonNode.Parse(await app.Client.GetStringAsync("/api/stories?q=Council", _cancel))!["items"]![0]!["id"]);
        var article = await Page("/articles/" + hostile.Id);
        var actor = await Page("/actors/Rhea%20Vantongeren");
        var timeline = await Page("/timeline");

        foreach (var html in new[] { stories, story, article, actor, timeline })
        {
            Assert.Single(Regex.Matches(html, "<script", RegexOptions.IgnoreCase));
            Assert.Contains("<script src=\"/assets/app.js\" defer></script>", html);
            Assert.DoesNotMatch(EventHandlerAttribute(), html);
            Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("Council vote &lt;script&gt;window.pwned=1;alert(&#x27;title&#x27;)&lt;/script&gt;", article);
        Assert.Contains("&lt;a href=&quot;javascript:window.pwned=4&quot;&gt;", article);
        Assert.Contains("&lt;script&gt;alert(document.cookie)&lt;/script&gt;", timeline);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/stories")]
    [InlineData("/assets/app.js")]
    [InlineData("/no/such/page")]
    public async Task Every_answer_forbids_inline_script_and_framing(string path)
    {
        using var response = await app.Client.GetAsync(path, _cancel);

        Assert.Equal(
            "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
            response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("/Program.cs")]
    [InlineData("/appsettings.json")]
    [InlineData("/Triangulate.Web.dll")]
    [InlineData("/assets/..%2FProgram.cs")]
    [InlineData("/assets/app.css%2F..%2F..%2FWebServer.cs")]
    [InlineData("/Fixtures/articles.jsonl")]
    public async Task No_request_path_reaches_the_disk(string path)
    {
        using var response = await app.Client.GetAsync(path, _cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_token_guards_every_request_when_set()
    {
        await using var factory = new WebFactory(await FixtureStore.PathAsync(), token: "tessaly-sandbank-7");
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        using (var refused = await client.GetAsync("/api/stories", _cancel))
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        using (var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/stories") { Headers = { { "Authorization", "Bearer tessaly-sandbank-8" } } })
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrong, _cancel)).StatusCode);
        using (var bearer = new HttpRequestMessage(HttpMethod.Get, "/api/stories") { Headers = { { "Authorization", "Bearer tessaly-sandbank-7" } } })
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(bearer, _cancel)).StatusCode);

        using var opened = await client.GetAsync("/?q=ferry&token=tessaly-sandbank-7", _cancel);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/?q=ferry", opened.Headers.Location!.OriginalString);
        var cookie = opened.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        using var withCookie = new HttpRequestMessage(HttpMethod.Get, "/?q=ferry") { Headers = { { "Cookie", cookie.Split(';')[0] } } };
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(withCookie, _cancel)).StatusCode);
    }

    [Fact]
    public void Serving_beyond_loopback_needs_a_token()
    {
        Assert.NotNull(new ServeSettings("a.db", IPAddress.Any, 5080).Problem);
        Assert.NotNull(new ServeSettings("a.db", IPAddress.Parse("192.168.1.20"), 5080, Token: " ").Problem);
        Assert.Null(new ServeSettings("a.db", IPAddress.Any, 5080, Token: "secret").Problem);
        Assert.Null(new ServeSettings("a.db", IPAddress.Loopback, 5080).Problem);
        Assert.Null(new ServeSettings("a.db", IPAddress.IPv6Loopback, 5080).Problem);
    }
}
