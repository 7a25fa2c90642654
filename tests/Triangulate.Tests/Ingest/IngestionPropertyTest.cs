using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Triangulate.Analysis;
using Triangulate.Ingest;
using Triangulate.Storage;

namespace Triangulate.Tests.Ingest;

/// <summary>Whatever bytes arrive, ingestion yields articles or problems, never an exception, and never touches what is stored.</summary>
public class IngestionPropertyTest
{
    private static readonly byte[][] Seeds =
    [
        Encoding.UTF8.GetBytes(NewsFixtures.Page),
        Encoding.UTF8.GetBytes(NewsFixtures.WireText),
        Encoding.UTF8.GetBytes("{\"id\": \"1\", \"text\": \"Crews returned to work.\"}\n{\"id\": \"2\", \"html\": \"<p>Ferries resumed.</p>\"}\n"),
        Encoding.UTF8.GetBytes("<rss><channel><title>Courier</title><item><title>Strike ends</title><description>Crews returned.</description></item></channel></rss>"),
        Encoding.UTF8.GetBytes("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 60\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Ferries ran.</p>\r\n\r\n"),
    ];

    private static readonly Arbitrary<byte[]> Inputs = Gen.OneOf(
            ArbMap.Default.GeneratorFor<byte[]>(),
            from seed in Gen.Elements(Seeds)
            from edits in Gen.ListOf(Gen.Zip(Gen.Choose(0, 100_000), ArbMap.Default.GeneratorFor<byte>()))
            from cut in Gen.Choose(0, 100)
            select Mutate(seed, edits, cut))
        .ToArbitrary();

    [Fact]
    public async Task RandomAndMutatedInputsNeverThrowAndNeverChangeStoredArticles()
    {
        using var folder = new TempFolder();
        using var store = ArticleStores.Open(Path.Combine(folder.Path, "store.db"));
        var stored = new Ingestor(new ReaderOptions(), TimeProvider.System).Ingest([folder.File("good.txt", NewsFixtures.WireText)]).Select(o => o.Article!).ToList();
        await store.AddAsync(stored, TestContext.Current.CancellationToken);
        var before = Everything(store);
        var ingestor = new Ingestor(new ReaderOptions(), TimeProvider.System);

        Prop.ForAll(Inputs, bytes =>
        {
            var path = folder.File("input.bin", bytes);
            var outcomes = ingestor.Ingest([path], degreeOfParallelism: 1).ToList();
            BatchedIngestion.StoreAsync(outcomes, store).GetAwaiter().GetResult();
            var after = Everything(store);
            return outcomes.All(o => o.Article is not null ^ o.Problem is not null)
                && before.All(original => after.Single(a => a.Id == original.Id).Body.SequenceEqual(original.Body));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(150));
    }

    private static IReadOnlyList<Article> Everything(IArticleStore store) =>
        AnalysedCorpus.AllPages((page, size) => store.ArticlesAsync(page, size)).GetAwaiter().GetResult();

    private static byte[] Mutate(byte[] seed, IEnumerable<(int Position, byte Value)> edits, int cutPercent)
    {
        var bytes = (byte[])seed.Clone();
        foreach (var (position, value) in edits)
            bytes[position % bytes.Length] = value;
        return bytes[..Math.Max(1, bytes.Length * (100 - cutPercent / 2) / 100)];
    }
}
