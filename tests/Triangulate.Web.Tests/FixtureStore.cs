using Triangulate.Analysis;
using Triangulate.Ingest;
using Triangulate.Storage;

namespace Triangulate.Web.Tests;

/// <summary>
/// The fixture articles (Fixtures/articles.jsonl: a wire story and two copies, an unrelated story with a meeting, a
/// hostile article) ingested and analysed once into a store the read-only tests share; tests that write get a copy.
/// Also the repository's samples/, stored as <c>triangulate run samples/</c> stores them, for the README's screenshots.
/// </summary>
internal static class FixtureStore
{
    public const string WireUrl = "https://npa.example/2026/04/12/ferry-aground";
    public const string CourierUrl = "https://coastlinecourier.example/news/ferry-aground-tessaly";
    public const string EveningPostUrl = "https://eveningpost.example/2026/04/12/saint-oriel-aground";
    public const string LibraryUrl = "https://brenmoorbugle.example/library-opens";
    public const string HostileSource = "javascript:window.pwned=7";

    private static readonly Lazy<Task<string>> Built = new(() => BuildAsync("fixtures.db", new Ingestor(new ReaderOptions(), new FixedClock(new(2026, 5, 1))).Ingest([Articles], 1)));
    private static readonly Lazy<Task<string>> BuiltSamples = new(() => BuildAsync("samples.db", new Ingestor(new ReaderOptions(), new FixedClock(new(2026, 6, 1))).Ingest(Samples())));
    private static readonly string Folder = Directory.CreateTempSubdirectory("triangulate-web-tests-").FullName;

    static FixtureStore() => AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(Folder, recursive: true);

    public static string Articles => Path.Combine(AppContext.BaseDirectory, "Fixtures", "articles.jsonl");

    public static Task<string> PathAsync() => Built.Value;

    /// <summary>The store of the repository's samples/.</summary>
    public static Task<string> SamplesPathAsync() => BuiltSamples.Value;

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

    /// <summary>The day the articles are read: the clock bounds the year of dates a text gives without one.</summary>
    private sealed class FixedClock(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }

    /// <summary>
    /// The repository's samples/ (found by walking up from the test binaries), each named as <c>triangulate run samples/</c>
    /// names it from the repository root: an article's id hashes its source as named, so the ids are those a user sees.
    /// </summary>
    private static IEnumerable<SourceItem> Samples()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "samples", "README.md")))
            folder = folder.Parent ?? throw new DirectoryNotFoundException("samples/ not found above " + AppContext.BaseDirectory);
        var samples = Path.Combine(folder.FullName, "samples");
        return new SourceReader(new ReaderOptions()).Read([samples]).Select(item => item.Document is { } document && document.Source.StartsWith(samples, StringComparison.Ordinal)
            ? SourceItem.Of(document with { Source = "samples" + document.Source[samples.Length..] })
            : item);
    }

    private static async Task<string> BuildAsync(string name, IEnumerable<IngestOutcome> articles)
    {
        // A compiled pattern's first match includes compiling its code, which the date patterns' 1 s timeout can
        // exceed on a saturated machine: warm them before reading the articles.
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
        var path = Path.Combine(Folder, name);
        using (var store = ArticleStores.Open(path))
            await new AnalysedCorpus(store).AddAsync(articles);
        return path;
    }
}
