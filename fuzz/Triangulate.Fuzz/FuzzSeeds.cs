using System.IO.Compression;
using System.Text;

namespace Triangulate.Fuzz;

/// <summary>A small valid input for each target, to start mutating from (written by <c>Triangulate.Fuzz seeds DIR</c>).</summary>
public static class FuzzSeeds
{
    private const string Story = "Ferry strike ends on the Sarn delta\n\nCrews returned to work on Wednesday, union leaders said. " +
        "\"We will rebuild every wall,\" Governor Ilse Marren told reporters at the quay, adding that at least 31 homes were damaged. (MPA)";

    private const string Page = """
        <!doctype html><html><head><meta charset="utf-8"><title>Ferry strike ends | Kell Courier</title>
        <meta property="article:published_time" content="2026-06-09T14:05:00+02:00"></head>
        <body><nav>Home | World</nav><article><h1>Ferry strike ends</h1><p class="byline">By Dara Quill</p>
        <p>Crews returned to work on Wednesday, union leaders said, after eleven days of talks.</p>
        <p>&ldquo;We will rebuild,&rdquo; Governor Ilse Marren said. <a href="/more">Read more</a></p></article>
        <footer>&copy; 2026 Kell Courier</footer></body></html>
        """;

    private const string Feed = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Kell Courier</title>
        <item><title>Barrier fails</title><link>https://courier.example/1</link><pubDate>Tue, 09 Jun 2026 15:00:00 GMT</pubDate>
        <content:encoded><![CDATA[<p>A flood barrier gave way on Tuesday.</p>]]></content:encoded></item>
        <item><title>Ferry strike ends</title><description>Crews returned to work.</description></item></channel></rss>
        """;

    private const string Atom = """
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Sarn Watch</title>
        <entry><title>Rain returns</title><link href="https://sarn.example/rain"/><id>urn:1</id><updated>2026-06-10T08:00:00Z</updated>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Rain returned to the delta on Wednesday.</p></div></content></entry></feed>
        """;

    private const string JsonLines = """
        {"id": "mpa-1", "url": "https://mpa.example/1", "title": "Barrier fails", "text": "A barrier failed on Tuesday.", "date": "2026-06-09", "outlet": "MPA"}
        {"id": 2, "html": "<p>Ferries resumed on Wednesday after the strike ended.</p>", "date": "Tue, 09 Jun 2026 15:00:00 GMT"}
        """;

    public static IReadOnlyList<byte[]> For(string target) => target switch
    {
        "text" => [Utf8(Story), Encoding.Latin1.GetBytes("Caf\u00e9 owners count the damage\n\nThe caf\u00e9 in Kell reopened.")],
        "html" => [Utf8(Page)],
        "feed" => [Utf8(Feed), Utf8(Atom)],
        "jsonl" => [Utf8(JsonLines)],
        "warc" => [Warc()],
        "warc.gz" => [[.. Gzip(Record("warcinfo", null, Utf8("software: fuzz"))), .. Gzip(Warc())]],
        "file" => [Gzip(Utf8(JsonLines)), Gzip(Utf8(Page)), Utf8(Feed), [.. Gzip(Warc())]],
        _ => throw new ArgumentException($"no fuzz target {target}", nameof(target)),
    };

    private static byte[] Warc()
    {
        var http = Utf8("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n");
        var body = Utf8(Page);
        var chunked = Utf8($"{body.Length:x}\r\n").Concat(body).Concat(Utf8("\r\n0\r\n\r\n")).ToArray();
        return Record("response", "https://courier.example/ferry", [.. http, .. chunked]);
    }

    private static byte[] Record(string type, string? uri, byte[] block)
    {
        var target = uri is null ? "" : $"WARC-Target-URI: <{uri}>\r\n";
        return [.. Utf8($"WARC/1.0\r\nWARC-Type: {type}\r\n{target}Content-Length: {block.Length}\r\n\r\n"), .. block, .. Utf8("\r\n\r\n")];
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Gzip(byte[] data)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
            gzip.Write(data);
        return output.ToArray();
    }
}
