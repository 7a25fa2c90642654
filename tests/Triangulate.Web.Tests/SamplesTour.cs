using Microsoft.Playwright;

namespace Triangulate.Web.Tests;

/// <summary>
/// The first steps' tour of the samples in Chromium, saving the README's screenshots (docs/screenshots holds copies
/// of screenshots/readme): the stories, the largest story and the changes of a copy that altered a figure, its origin
/// article, an actor it names with the actors it shares events with, the timeline, and the stories and a story on a
/// phone, the story in the dark. No page logs an error (a script failing, or the Content-Security-Policy refusing something).
/// </summary>
public sealed class SamplesTour(SamplesBrowser browser) : IClassFixture<SamplesBrowser>
{
    [Fact]
    public async Task The_samples_from_the_stories_to_a_story_its_origin_an_actor_and_the_timeline()
    {
        var page = await browser.Browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                errors.Add(message.Text);
        };
        page.PageError += (_, error) => errors.Add(error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
                errors.Add($"{response.Status} {response.Url}");
        };
        await page.GotoAsync(browser.BaseUrl + "/");
        await browser.ShotAsync(page, "stories", fullPage: false);
        await page.SetViewportSizeAsync(390, 844);
        await browser.ShotAsync(page, "stories-phone", fullPage: false);
        await page.SetViewportSizeAsync(1280, 900);

        await page.Locator("a.story-link").First.ClickAsync();
        await page.WaitForURLAsync("**/stories/story-*");
        Assert.True(await page.Locator("ul.tree li").CountAsync() >= 2, "the largest sample story has copies");
        await browser.ShotAsync(page, "story", fullPage: false);
        var changes = page.Locator("details.changes", new() { Has = page.Locator(".change-figure") }).First;
        await changes.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await changes.Locator(".side-by-side").IsVisibleAsync());
        await changes.ScreenshotAsync(new() { Path = Path.Combine(browser.Screenshots, "changes.png") });
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await page.SetViewportSizeAsync(390, 844);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await browser.ShotAsync(page, "story-phone-dark", fullPage: false);
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        await page.SetViewportSizeAsync(1280, 900);

        var story = page.Url;
        await page.Locator("section[aria-labelledby=origin-h] a").First.ClickAsync();
        await page.WaitForURLAsync("**/articles/*");
        await browser.ShotAsync(page, "article", fullPage: false);

        await page.GotoAsync(story);
        var twoActors = page.Locator("ul.events > li", new() { Has = page.Locator("a[href^='/actors/'] ~ a[href^='/actors/']") });
        Assert.True(await twoActors.CountAsync() > 0, "the largest sample story tells an event of two actors");
        await twoActors.First.Locator("a[href^='/actors/']").First.ClickAsync();
        await page.WaitForURLAsync("**/actors/*");
        Assert.True(await page.Locator("svg.network line.edge").CountAsync() >= 1);
        await browser.ShotAsync(page, "actor", fullPage: false);

        await page.GetByRole(AriaRole.Link, new() { Name = "Timeline" }).ClickAsync();
        await page.WaitForURLAsync("**/timeline");
        Assert.True(await page.Locator("section.day").CountAsync() >= 2);
        await browser.ShotAsync(page, "timeline", fullPage: false);
        Assert.Empty(errors);
    }
}
