using Triangulate.Analysis;
using Triangulate.Ingest;
using Triangulate.Storage;

namespace Triangulate.Web.Tests;

/// <summary>
/// The fixture articles (Fixtures/articles.jsonl: a wire story and two copies, an unrelated story, a hostile
/// article) ingested and analysed once into a store the read-only tests share; tests that write get a copy.
/// </summary>
internal static class FixtureStore
{
    public const string WireUrl = "https://npa.example/2026/04/12/ferry-aground";
    public const string CourierUrl = "https://coastlinecourier.example/news/ferry-aground-tessaly";
    public const string EveningPostUrl = "https://eveningpost.example/2026/04/12/saint-oriel-aground";
    public const string LibraryUrl = "https://brenmoorbugle.example/library-opens";
    public const string HostileSource = "javascript:window.pwned=7";

    private static readonly Lazy<Task<string>> Built = new(BuildAsync);
    private static readonly string Folder = Directory.CreateTempSubdirectory("triangulate-web-tests-").FullName;

    static FixtureStore() => AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(Folder, recursive: true);

    public static string Articles => Path.Combine(AppContext.BaseDirectory, "Fixtures", "articles.jsonl");

    public static Task<string> PathAsync() => Built.Value;

    /// <summary>A store of its own for a test that adds articles.</summary>
    public static async Task<string> CopyAsync()
    {
        var copy = Path.Combine(Folder, $"copy-{Guid.NewGuid():N}.db");
        File.Copy(await PathAsync(), copy);
        return copy;
    }

    /// <summary>The stored article read from this source (its URL, or for the hostile one its javascript: "URL").</summary>
    public static async Task<Article> ArticleAsync(string source)
    {
        using var store = ArticleStores.Open(await PathAsync(), StoreOpenMode.ReadOnly);
        return (await store.ArticlesAsync(1, 100)).Items.Single(a => a.Source == source);
    }

    /// <summary>The day the fixtures are read: the clock bounds the year of dates a text gives without one.</summary>
    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
    }

    private static async Task<string> BuildAsync()
    {
        // A compiled pattern's first match includes compiling its code, which the date patterns' 1 s timeout can
        // exceed on a saturated machine: warm them before reading the fixtures.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                PublicationTimeResolver.ParseHinted("2026-04-12T09:15:00+02:00");
                break;
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException) when (attempt < 5)
            {
            }
        }
        var path = Path.Combine(Folder, "fixtures.db");
        using (var store = ArticleStores.Open(path))
            await new AnalysedCorpus(store).AddAsync(new Ingestor(new ReaderOptions(), new FixedClock()).Ingest([Articles], 1));
        return path;
    }
}
