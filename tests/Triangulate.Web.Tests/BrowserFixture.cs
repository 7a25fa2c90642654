using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Triangulate.Web.Tests;

/// <summary>
/// The real server (Kestrel on a free loopback port, as <c>triangulate serve</c> runs it) over the fixture store,
/// and one Debian Chromium for the test class, driven by Playwright (never downloading a browser of its own), with a
/// fresh profile folder.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumFlags =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private WebApplication? _app;
    private IPlaywright? _playwright;
    private DirectoryInfo? _profile;

    public IBrowserContext Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Where the tests save screenshots: beside the test assembly.</summary>
    public virtual string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    /// <summary>The store served.</summary>
    protected virtual Task<string> StoreAsync() => FixtureStore.PathAsync();

    /// <summary>A new tab on a page of the app.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(BaseUrl + path);
        return page;
    }

    /// <summary>Saves the page (the whole of it, or what the window shows) as name.png in <see cref="Screenshots"/>.</summary>
    public Task ShotAsync(IPage page, string name, bool fullPage = true) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = fullPage });

    public async ValueTask InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: apt-get install -y chromium (.ci/run does)");
        _app = WebServer.Create(new ServeSettings(await StoreAsync(), IPAddress.Loopback, 0));
        await _app.StartAsync();
        BaseUrl = _app.Urls.First();
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _profile = Directory.CreateTempSubdirectory("triangulate-chromium-");
        Browser = await _playwright.Chromium.LaunchPersistentContextAsync(_profile.FullName, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumFlags,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        // `dotnet test` runs the core tests beside these on a machine of two cores: a page may take longer to answer
        // than Playwright's default 30 s, which is no failure of the app.
        Browser.SetDefaultTimeout(LoadedMachineTimeout);
    }

    private const float LoadedMachineTimeout = 120_000;

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (Browser is not null)
            await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null)
            await _app.DisposeAsync();
        _profile?.Delete(recursive: true);
    }
}
