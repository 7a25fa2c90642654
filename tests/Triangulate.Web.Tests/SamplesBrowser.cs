namespace Triangulate.Web.Tests;

/// <summary>The app over the repository's samples/ (as <c>triangulate run samples/</c> then <c>serve</c> show them) in Chromium; its screenshots are the README's.</summary>
public sealed class SamplesBrowser : BrowserFixture
{
    public override string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots", "readme")).FullName;

    protected override Task<string> StoreAsync() => FixtureStore.SamplesPathAsync();
}
