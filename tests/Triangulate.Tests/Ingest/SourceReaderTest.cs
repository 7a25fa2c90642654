using System.IO.Compression;
using System.Text;
using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

public class SourceReaderTest : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static List<SourceItem> Read(params string[] paths) => new SourceReader(new ReaderOptions()).Read(paths).ToList();

    [Fact]
    public void KindComesFromContentNotTheExtension()
    {
        var page = _folder.File("page.txt", NewsFixtures.Page);
        var text = _folder.File("story.html", NewsFixtures.WireText);

        var items = Read(page, text);

        Assert.Equal(DocumentFormat.Html, items[0].Document!.Format);
        Assert.Equal(DocumentFormat.PlainText, items[1].Document!.Format);
    }

    [Fact]
    public void FoldersAreWalkedInOrderSkippingHiddenFilesAndSidecarsAndNamingMarkdownAsNoArticle()
    {
        _folder.File("b/second.txt", NewsFixtures.WireText);
        _folder.File("a/first.txt", NewsFixtures.WireText);
        _folder.File("a/first.meta.json", """{"outlet": "The Velmora Post", "url": "https://post.example/kell", "date": "2026-06-09"}""");
        _folder.File(".cache/hidden.txt", NewsFixtures.WireText);
        _folder.File("README.md", "# notes");

        var all = Read(_folder.Path);
        var items = all.Where(item => item.Document is not null).ToList();

        Assert.True(Assert.Single(all, item => item.Document is null).Problem!.NotAnArticle);
        Assert.Equal(["first.txt", "second.txt"], items.Select(item => Path.GetFileName(item.Document!.Source)));
        Assert.Equal("The Velmora Post", items[0].Document!.Hints.Outlet);
        Assert.Equal("2026-06-09", items[0].Document!.Hints.Date);
        Assert.Null(items[1].Document!.Hints.Outlet);
    }

    [Fact]
    public void JsonLinesGiveOneDocumentPerLineAndABadLineIsAProblemNamingIt()
    {
        var path = _folder.File("wire.jsonl", """
            {"id": "mpa-1", "url": "https://mpa.example/1", "title": "Barrier fails", "text": "A barrier failed.", "date": "2026-06-09", "outlet": "MPA"}
            {"id": "mpa-2", "title": "Broken line"
            {"id": "mpa-3", "html": "<p>Ferries resumed on Wednesday after the strike ended.</p>"}
            {"id": "mpa-4", "title": "No body"}
            """);

        var items = Read(path);

        Assert.Equal(4, items.Count);
        Assert.Equal("https://mpa.example/1", items[0].Document!.Source);
        Assert.Equal("Barrier fails", items[0].Document!.Hints.Title);
        Assert.Contains("line 2", items[1].Problem!.Reason);
        Assert.Equal(DocumentFormat.Html, items[2].Document!.Format);
        Assert.Equal("mpa-3", items[2].Document!.Source);
        Assert.Contains("neither", items[3].Problem!.Reason);
    }

    [Fact]
    public void RssItemsCarryLinkTitleDateAndTheFeedAsOutlet()
    {
        var path = _folder.File("feed.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Kell Courier</title>
            <item><title>Barrier fails</title><link>https://courier.example/1</link><pubDate>Tue, 09 Jun 2026 15:00:00 GMT</pubDate>
              <content:encoded><![CDATA[<p>A flood barrier gave way on Tuesday.</p>]]></content:encoded></item>
            <item><title>Ferry strike ends</title><link>https://courier.example/2</link><description>Crews returned to work.</description></item>
            </channel></rss>
            """);

        var items = Read(path);

        Assert.Equal(2, items.Count);
        Assert.Equal(DocumentFormat.Html, items[0].Document!.Format);
        Assert.Equal("Kell Courier", items[0].Document!.Hints.Outlet);
        Assert.Equal("Tue, 09 Jun 2026 15:00:00 GMT", items[0].Document!.Hints.Date);
        Assert.Equal(DocumentFormat.PlainText, items[1].Document!.Format);
        Assert.Equal("Crews returned to work.", items[1].Document!.Content);
    }

    [Fact]
    public void AtomEntriesAreRead()
    {
        var path = _folder.File("atom.xml", """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Sarn Daily</title>
            <entry><title>Rain eases</title><link rel="alternate" href="https://sarn.example/rain"/><id>urn:sarn:1</id>
            <published>2026-06-10T08:00:00Z</published><summary>Rain eased over Kell on Wednesday.</summary></entry>
            </feed>
            """);

        var document = Assert.Single(Read(path)).Document!;

        Assert.Equal("https://sarn.example/rain", document.Source);
        Assert.Equal("Sarn Daily", document.Hints.Outlet);
    }

    [Fact]
    public void WarcGzipRecordsAreReadAndACorruptRecordCostsOnlyItself()
    {
        var good = Response("https://post.example/kell", "<html><body><p>A flood barrier gave way on Tuesday in Kell.</p></body></html>");
        var other = Response("https://post.example/ferry", "<html><body><p>Ferries resumed on Wednesday.</p></body></html>");
        var corrupt = Gzip(Record("response", "https://post.example/broken", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>lost</p>"));
        Array.Fill(corrupt, (byte)0xFF, 14, 8);
        var path = _folder.File("crawl.warc.gz", [.. Gzip(Record("warcinfo", null, "software: test")), .. Gzip(good), .. corrupt, .. Gzip(other)]);

        var items = Read(path);

        var documents = items.Where(item => item.Document is not null).Select(item => item.Document!.Source).ToList();
        Assert.Equal(["https://post.example/kell", "https://post.example/ferry"], documents);
        Assert.Contains(items, item => item.Problem?.Reason.Contains("corrupt", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void PlainWarcResponsesAreDechunkedAndDecodedByTheirCharset()
    {
        var body = "5\r\n<p>Ca\r\n" + "16\r\nfé au lait à Kell.</p>\r\n0\r\n\r\n";
        var http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\nTransfer-Encoding: chunked\r\n\r\n";
        var bytes = Record("response", "https://post.example/cafe", [.. Encoding.ASCII.GetBytes(http), .. TextDecoder.Windows1252.GetBytes(body)]);
        var path = _folder.File("crawl.warc", bytes);

        var document = Assert.Single(Read(path)).Document!;

        Assert.Equal("<p>Café au lait à Kell.</p>", document.Content);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x43, 0x61, 0x66, 0xC3, 0xA9 })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x43, 0x00, 0x61, 0x00, 0x66, 0x00, 0xE9, 0x00 })]
    [InlineData(new byte[] { 0x43, 0x00, 0x61, 0x00, 0x66, 0x00, 0xE9, 0x00, 0x20, 0x00, 0x4B, 0x00 })]
    [InlineData(new byte[] { 0x43, 0x61, 0x66, 0xE9 })]
    public void EncodingsAreRecognised(byte[] bytes) =>
        Assert.StartsWith("Café", TextDecoder.Decode(bytes));

    [Fact]
    public void HtmlMetaCharsetIsHonoured()
    {
        var html = "<html><head><meta charset=\"iso-8859-2\"></head><body><p>Łódź</p></body></html>";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("iso-8859-2").GetBytes(html);

        Assert.Contains("Łódź", TextDecoder.Decode(bytes));
    }

    [Fact]
    public void BadInputsAreProblemsNamingTheFileAndTheRestOfTheBatchGoesIn()
    {
        var binary = _folder.File("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x00, 0x00]);
        var empty = _folder.File("empty.txt", "");
        var truncated = _folder.File("truncated.html", "<html><body><p>A flood barrier gave way on Tuesday in Kell, officials said, as crews");
        var bomb = _folder.File("bomb.jsonl.gz", GzipBomb());
        var huge = _folder.Combine("huge.html");
        using (var stream = File.Create(huge))
        {
            stream.Write("<html><body>"u8);
            stream.SetLength(200 * ReaderOptions.MiB);
        }
        var good = _folder.File("good.txt", NewsFixtures.WireText);

        var items = new SourceReader(new ReaderOptions { MaxDecompressedBytes = 8 * ReaderOptions.MiB })
            .Read([binary, empty, truncated, bomb, huge, "/no/such/file.txt", good]).ToList();

        Assert.Contains("binary", Problem(items, binary));
        Assert.Contains("empty", Problem(items, empty));
        Assert.Contains(items, item => item.Document?.Source == truncated);
        Assert.Contains("decompression bomb", Problem(items, bomb));
        Assert.Contains("over the 64 MB limit", Problem(items, huge));
        Assert.Contains("no such file", Problem(items, "/no/such/file.txt"));
        Assert.Contains(items, item => item.Document?.Source == good);
    }

    private static string Problem(List<SourceItem> items, string source) =>
        Assert.Single(items, item => item.Problem?.Source == source).Problem!.Reason;

    private static byte[] GzipBomb()
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write("{\"id\": \"x\", \"text\": \""u8);
            var zeros = new byte[ReaderOptions.MiB];
            Array.Fill(zeros, (byte)'a');
            for (var i = 0; i < 32; i++)
                gzip.Write(zeros);
        }
        return output.ToArray();
    }

    private static byte[] Response(string uri, string html) =>
        Record("response", uri, $"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}");

    private static byte[] Record(string type, string? uri, string block) => Record(type, uri, Encoding.UTF8.GetBytes(block));

    private static byte[] Record(string type, string? uri, byte[] block)
    {
        var target = uri is null ? "" : $"WARC-Target-URI: {uri}\r\n";
        var header = $"WARC/1.0\r\nWARC-Type: {type}\r\n{target}WARC-Date: 2026-06-09T15:00:00Z\r\nContent-Length: {block.Length}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(header), .. block, .. "\r\n\r\n"u8.ToArray()];
    }

    private static byte[] Gzip(byte[] bytes)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(bytes);
        return output.ToArray();
    }
}
