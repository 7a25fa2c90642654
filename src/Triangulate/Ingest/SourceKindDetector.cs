using System.Text;

namespace Triangulate.Ingest;

/// <summary>Decides what an input holds from its first bytes, not its name: gzip, WARC, JSON lines, a feed, HTML or text.</summary>
public static class SourceKindDetector
{
    public static SourceKind FromBytes(ReadOnlySpan<byte> head)
    {
        if (head.Length == 0)
            return SourceKind.Empty;
        if (head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B)
            return SourceKind.Gzip;
        if (head.StartsWith("WARC/"u8))
            return SourceKind.Warc;
        if (!TextDecoder.LooksLikeText(head))
            return SourceKind.Binary;
        return FromText(TextDecoder.Decode(head));
    }

    /// <summary>The kind of decoded text: JSON lines start with "{", feeds are XML with rss, feed or rdf:RDF, HTML has its tags, other XML is read as a feed.</summary>
    public static SourceKind FromText(ReadOnlySpan<char> text)
    {
        var start = text.TrimStart();
        if (start.Length == 0)
            return SourceKind.Empty;
        if (start[0] == '{')
            return SourceKind.JsonLines;
        var head = start[..Math.Min(start.Length, 2048)];
        if (head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<rss", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<feed", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<rdf:", StringComparison.OrdinalIgnoreCase))
        {
            if (head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase) || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase))
                return SourceKind.Feed;
        }
        if (head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<head", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<p>", StringComparison.OrdinalIgnoreCase) || head.Contains("<div", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<article", StringComparison.OrdinalIgnoreCase))
            return SourceKind.Html;
        // Other XML (a feed behind a long DTD or comment, or no feed at all) goes to the feed reader, which says which it is.
        if (head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
            return SourceKind.Feed;
        return SourceKind.PlainText;
    }

    public static string Describe(SourceKind kind) => kind switch
    {
        SourceKind.PlainText => "plain text",
        SourceKind.Html => "HTML",
        SourceKind.Feed => "RSS/Atom feed",
        SourceKind.JsonLines => "JSON lines",
        SourceKind.Warc => "WARC",
        SourceKind.Gzip => "gzip",
        SourceKind.Binary => "binary",
        _ => "empty",
    };
}
