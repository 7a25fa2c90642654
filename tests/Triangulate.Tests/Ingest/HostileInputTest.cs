using System.IO.Compression;
using System.Text;
using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

/// <summary>Inputs built to hurt the readers: link cycles, files that are no articles, DTDs, false names, bombs, wrong fields.</summary>
public class HostileInputTest : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static List<SourceItem> Read(ReaderOptions options, params string[] paths) => new SourceReader(options).Read(paths).ToList();

    private static List<SourceItem> Read(params string[] paths) => Read(new ReaderOptions(), paths);

    [Fact]
    public async Task SymbolicLinkCyclesEndAndEachRealFileIsReadOnce()
    {
        var root = _folder.Combine("corpus");
        _folder.File("corpus/a/story.txt", NewsFixtures.WireText);
        _folder.File("corpus/b/other.txt", NewsFixtures.WireText.Replace("Kell", "Velmora", StringComparison.Ordinal));
        Directory.CreateSymbolicLink(_folder.Combine("corpus/a/up"), "..");
        Directory.CreateSymbolicLink(_folder.Combine("corpus/b/back"), root);
        Directory.CreateSymbolicLink(_folder.Combine("corpus/b/loop"), _folder.Combine("corpus/b"));
        File.CreateSymbolicLink(_folder.Combine("corpus/b/same-story.txt"), _folder.Combine("corpus/a/story.txt"));

        var items = await Task.Run(() => Read(root), TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);

        Assert.Equal(["a/story.txt", "b/other.txt"], items.Select(item => Path.GetRelativePath(root, item.Document!.Source)));
    }

    [Fact]
    public void TablesAndTheFolderDocumentationAreNamedAsNoArticle()
    {
        _folder.File("corpus/README", "Corpus of harbour news, collected in June 2026.\n\nOne article per file.");
        _folder.File("corpus/README_LEWIS.txt", "How the harbour news corpus was labelled, by its second editor.");
        _folder.File("corpus/notice-to-residents.txt", NewsFixtures.WireText.Replace("Kell", "Brenik", StringComparison.Ordinal));
        _folder.File("corpus/LICENSE.txt", "Permission is hereby granted, free of charge, to any person obtaining a copy of this corpus.");
        _folder.File("corpus/labels.tsv", "id\tlabel\nkell-1\tflood\nkell-2\tferry\n");
        _folder.File("corpus/pairs.csv", "a,b,same\nkell-1,kell-2,0\n");
        _folder.File("corpus/story.txt", NewsFixtures.WireText);

        var items = Read(_folder.Combine("corpus"));

        Assert.Equal(["notice-to-residents.txt", "story.txt"], items.Where(item => item.Document is not null).Select(item => Path.GetFileName(item.Document!.Source)).Order());
        Assert.Equal(["LICENSE.txt", "README", "README_LEWIS.txt", "labels.tsv", "pairs.csv"], items.Where(item => item.Problem is { NotAnArticle: true }).Select(item => Path.GetFileName(item.Problem!.Source)));
    }

    [Fact]
    public void AFeedWithAnInlineDtdIsRefusedNotStoredAsText()
    {
        var entities = string.Concat(Enumerable.Range(0, 4000).Select(n => $"<!ENTITY e{n} \"filler text number {n}\">\n"));
        var path = _folder.File("feed.xml", $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [
            {entities}]>
            <rss version="2.0"><channel><title>Kell Courier</title>
            <item><title>&e1;</title><description>Crews returned to work.</description></item></channel></rss>
            """);

        var item = Assert.Single(Read(path));

        Assert.Null(item.Document);
        Assert.Contains("DTD", item.Problem!.Reason);
    }

    [Fact]
    public void AFileNamedGzThatIsNotGzipAndGzipInsideGzipAreRefused()
    {
        var fake = _folder.File("wire.jsonl.gz", """{"id": "1", "text": "Ferries resumed on Wednesday."}""" + "\n");
        var nested = _folder.File("double.txt.gz", Gzip(Gzip(Encoding.UTF8.GetBytes(NewsFixtures.WireText))));

        var items = Read(fake, nested);

        Assert.All(items, item => Assert.Null(item.Document));
        Assert.Contains("no gzip data", items[0].Problem!.Reason);
        Assert.Contains("another gzip file", items[1].Problem!.Reason);
    }

    [Fact]
    public void AGiantCompressedLineIsSkippedWithoutBeingHeldAndTheNextLineIsRead()
    {
        var giant = "{\"id\": \"huge\", \"text\": \"" + new string('a', 48 * 1024 * 1024) + "\"}\n";
        var path = _folder.File("wire.jsonl.gz", Gzip(Encoding.UTF8.GetBytes(giant + """{"id": "2", "text": "Ferries resumed on Wednesday after the strike."}""" + "\n")));
        var options = new ReaderOptions { MaxRecordBytes = ReaderOptions.MiB };

        var before = GC.GetAllocatedBytesForCurrentThread();
        var items = Read(options, path);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Contains("line 1 is longer than 1 MB", items[0].Problem!.Reason);
        Assert.Equal("2", items[1].Document!.Source);
        Assert.True(allocated < 32 * ReaderOptions.MiB, $"reading allocated {allocated / ReaderOptions.MiB} MB for a 48 MB line");
    }

    [Fact]
    public void ACompressedDocumentThatExpandsPastTheDocumentLimitIsRefused()
    {
        var path = _folder.File("page.html.gz", Gzip(Encoding.UTF8.GetBytes("<html><body><p>" + new string('x', 3 * 1024 * 1024) + "</p></body></html>")));

        var item = Assert.Single(Read(new ReaderOptions { MaxDocumentBytes = ReaderOptions.MiB }, path));

        Assert.Contains("expands to more than 1 MB", item.Problem!.Reason);
    }

    [Fact]
    public void AJsonLineWithABadDateOrANumberForTextIsRefusedNamingTheLine()
    {
        var path = _folder.File("wire.jsonl", """
            {"id": "1", "text": "Ferries resumed on Wednesday.", "date": "not-a-date"}
            {"id": "2", "text": 12345}
            {"id": 3, "text": "Crews returned to work.", "date": "2026-06-09"}
            """);

        var items = Read(path);

        Assert.Contains("line 1 gives \"date\": \"not-a-date\", which is not a date", items[0].Problem!.Reason);
        Assert.Contains("line 2 gives \"text\" as a number", items[1].Problem!.Reason);
        Assert.Equal("3", items[2].Document!.Source);
    }

    [Fact]
    public void ASidecarWithADateThatIsNotOneIsReportedNotDropped()
    {
        var path = _folder.File("kell.txt", NewsFixtures.WireText);
        _folder.File("kell.meta.json", """{"outlet": "Kell Courier", "date": "next Tuesday-ish"}""");

        var item = Assert.Single(Read(path));

        Assert.Contains("\"date\": \"next Tuesday-ish\", which is not a date", item.Problem!.Reason);
    }

    [Fact]
    public void AWarcRecordOverTheLimitIsPassedOverWithoutBeingHeld()
    {
        static byte[] Record(string uri, byte[] block) =>
            [.. Encoding.ASCII.GetBytes($"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: <{uri}>\r\nContent-Length: {block.Length}\r\n\r\n"), .. block, .. "\r\n\r\n"u8];
        var huge = Record("https://post.example/huge", [.. "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>"u8, .. new byte[24 * 1024 * 1024]]);
        var good = Record("https://post.example/ferry", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Ferries resumed on Wednesday.</p>"u8.ToArray());
        var path = _folder.File("crawl.warc", [.. huge, .. good]);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var items = Read(new ReaderOptions { MaxRecordBytes = ReaderOptions.MiB }, path);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Contains("over the 1 MB limit for one record", items[0].Problem!.Reason);
        Assert.Equal("https://post.example/ferry", items[1].Document!.Source);
        Assert.True(allocated < 8 * ReaderOptions.MiB, $"reading allocated {allocated / ReaderOptions.MiB} MB for a 24 MB record");
    }

    private static byte[] Gzip(byte[] data)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
            gzip.Write(data);
        return output.ToArray();
    }
}
