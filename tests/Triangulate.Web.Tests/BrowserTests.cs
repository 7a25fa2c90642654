using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Triangulate.Web.Tests;

/// <summary>End to end in real Chromium: browse from the stories to a copy's changes and on to an actor; a hostile article runs nothing.</summary>
public sealed class BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private Task<IPage> OpenAsync(string path) => browser.OpenAsync(path);

    private Task ShotAsync(IPage page, string name) => browser.ShotAsync(page, name);

    [Fact]
    public async Task From_the_stories_to_a_copys_changes_and_on_to_an_actor()
    {
        var page = await OpenAsync("/");
        await ShotAsync(page, "stories");
        await page.Keyboard.PressAsync("/");
        Assert.True(await page.Locator("#q").EvaluateAsync<bool>("e => e === document.activeElement"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Ferry runs aground off Tessaly Point, 84 passengers rescued" }).First.ClickAsync();
        await page.WaitForURLAsync("**/stories/story-*");
        Assert.Equal("Ferry runs aground off Tessaly Point, 84 passengers rescued", await page.Locator("h1").TextContentAsync());
        Assert.Equal(2, await page.Locator("ul.tree ul li").CountAsync());

        var changes = page.Locator("details.changes", new() { HasText = "Coastline Courier" });
        var figure = changes.Locator(".change-figure");
        Assert.False(await figure.First.IsVisibleAsync());
        await changes.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await figure.First.IsVisibleAsync());
        Assert.Equal("84", await figure.Locator(".parent del").First.TextContentAsync());
        Assert.Equal("more than 80", await figure.Locator(".copy ins").First.TextContentAsync());
        await ShotAsync(page, "story");
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await page.SetViewportSizeAsync(390, 844);
        await ShotAsync(page, "story-phone-dark");
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        await page.SetViewportSizeAsync(1280, 900);

        await page.Locator("table.members").GetByRole(AriaRole.Link, new() { Name = "More than 80 rescued as ferry hits sandbank in fog" }).ClickAsync();
        await page.WaitForURLAsync("**/articles/*");
        await ShotAsync(page, "article");
        await page.Locator("mark.actor a", new() { HasText = "Marit Vollen" }).First.ClickAsync();
        await page.WaitForURLAsync("**/actors/*");
        Assert.StartsWith("Marit Vollen", await page.Locator("h1").TextContentAsync());
        Assert.Equal(3, await page.Locator("ul.mentions").CountAsync());
        await ShotAsync(page, "actor");
    }

    [Fact]
    public async Task From_the_stories_with_a_meeting_to_an_actor_and_the_one_it_meets_in_its_network()
    {
        var page = await OpenAsync("/");
        await page.Locator("#f-type").SelectOptionAsync("meet");
        var filtered = page.WaitForURLAsync(new Regex("/\\?(.*&)?type=meet(&|$)"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).PressAsync("Enter");
        await filtered;
        var titles = await page.Locator("a.story-link").AllTextContentsAsync();
        Assert.Contains("Brenmoor opens its new central library in old tram depot", titles);
        Assert.DoesNotContain("Ferry runs aground off Tessaly Point, 84 passengers rescued", titles);

        await page.GetByRole(AriaRole.Link, new() { Name = "Brenmoor opens its new central library in old tram depot" }).ClickAsync();
        await page.WaitForURLAsync("**/stories/story-*");
        var meeting = page.Locator("ul.events li", new() { Has = page.Locator(".kind-event", new() { HasTextRegex = new("^meet$") }) })
            .Filter(new() { HasText = "Orrin" });
        await meeting.GetByRole(AriaRole.Link, new() { NameRegex = new("Drummond") }).First.ClickAsync();
        await page.WaitForURLAsync("**/actors/*");
        Assert.StartsWith("Ilse Drummond", await page.Locator("h1").TextContentAsync());

        var network = page.Locator("svg.network");
        Assert.True(await network.IsVisibleAsync());
        var orrin = network.Locator("a", new() { HasText = "Pavel Orrin" });
        var node = orrin.Locator("circle");
        var (x, y) = (await node.GetAttributeAsync("cx"), await node.GetAttributeAsync("cy"));
        Assert.Equal(1, await network.Locator($"line.edge-meet[x2=\"{x}\"][y2=\"{y}\"]").CountAsync());
        Assert.Contains(await network.Locator("text.edge-label").AllTextContentsAsync(), label => label.StartsWith("meet ×", StringComparison.Ordinal));
        await ShotAsync(page, "actor-network");

        var orrinPage = await orrin.GetAttributeAsync("href");
        var followed = page.WaitForURLAsync("**" + orrinPage);
        await orrin.PressAsync("Enter");
        await followed;
        Assert.StartsWith("Pavel Orrin", await page.Locator("h1").TextContentAsync());
        Assert.Equal(1, await page.Locator("svg.network a", new() { HasText = "Ilse Drummond" }).CountAsync());
    }

    [Fact]
    public async Task The_timeline_lists_events_in_time_order_and_filters_them_by_type()
    {
        var page = await OpenAsync("/timeline");
        var periods = await page.Locator("section.day h2 time").EvaluateAllAsync<string[]>("times => times.map(t => t.getAttribute('datetime'))");
        Assert.True(periods.Length >= 2, "the fixtures tell events on several days");
        Assert.Equal(periods.Order(StringComparer.Ordinal), periods);
        await ShotAsync(page, "timeline");

        await page.Locator("#t-type").SelectOptionAsync("meet");
        var filtered = page.WaitForURLAsync(new Regex("/timeline\\?(.*&)?type=meet(&|$)"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).PressAsync("Enter");
        await filtered;
        var types = await page.Locator("ul.events > li > .kind-event").AllTextContentsAsync();
        Assert.NotEmpty(types);
        Assert.All(types, type => Assert.Equal("meet", type));
        Assert.Equal("meet", await page.Locator("#t-type").InputValueAsync());
    }

    [Fact]
    public async Task A_hostile_article_runs_none_of_its_script()
    {
        var hostile = await FixtureStore.ArticleAsync(FixtureStore.HostileSource);
        var page = await browser.Browser.NewPageAsync();
        var dialogs = new List<string>();
        var violations = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                violations.Add(message.Text);
        };

        foreach (var path in new[] { "/", "/articles/" + hostile.Id, "/?q=Council", "/timeline" })
        {
            await page.GotoAsync(browser.BaseUrl + path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Null(await page.EvaluateAsync<int?>("() => window.pwned ?? null"));
            Assert.Equal(1, await page.EvaluateAsync<int>("() => document.scripts.length"));
            Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('[onerror],[onload],a[href^=\"javascript:\"],img,script:not([src])').length"));
        }
        await page.GotoAsync(browser.BaseUrl + "/articles/" + hostile.Id);
        Assert.Contains("<script>window.pwned=1;", await page.Locator("h1").TextContentAsync());
        await ShotAsync(page, "hostile-article");

        Assert.Empty(dialogs);
        Assert.Empty(violations);
    }
}
