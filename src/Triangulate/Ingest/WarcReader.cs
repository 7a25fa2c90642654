using System.IO.Compression;
using System.Text;

namespace Triangulate.Ingest;

/// <summary>
/// WARC and WARC.gz (as Common Crawl's CC-NEWS): HTML from response records (the HTTP body, de-chunked, decoded by
/// its Content-Type charset) and from resource records. Both are read from a stream record by record, so memory holds
/// one record (at most <see cref="ReaderOptions.MaxRecordBytes"/>), never the file. A .warc.gz is read member by
/// member, so a corrupt record costs only itself: it becomes a problem naming the record and its byte offset, and
/// reading resumes at the next.
/// </summary>
public static class WarcReader
{
    private static readonly byte[] GzipMagic = [0x1F, 0x8B, 0x08];
    private static readonly byte[] RecordStart = "WARC/1."u8.ToArray();
    private const int MaxHeaderBytes = 64 * 1024;

    /// <param name="file">A seekable stream of the compressed file.</param>
    public static IEnumerable<SourceItem> ReadCompressed(Stream file, string path, ArticleHints overrides, ReaderOptions limits)
    {
        var numbering = new RecordNumber();
        long offset = 0;
        long expanded = 0;
        while (NextMember(file, offset) is { } start)
        {
            var (record, error) = DecompressMember(file, start, limits.MaxRecordBytes);
            offset = start + 1;
            if (record is null || !record.AsSpan().StartsWith(RecordStart))
            {
                // A gzip header whose data will not inflate is a corrupt record; anything else was no member start.
                if (error is not null)
                    yield return SourceItem.Failed($"{path}#record{numbering.Next()}", $"record at byte {start} is corrupt ({error}); skipped");
                continue;
            }
            expanded += record.Length;
            if (expanded > limits.MaxDecompressedBytes)
            {
                yield return SourceItem.Failed(path, $"expands to more than {limits.MaxDecompressedBytes / ReaderOptions.MiB:N0} MB (a decompression bomb?); stopped");
                yield break;
            }
            if (error is not null)
            {
                yield return SourceItem.Failed($"{path}#record{numbering.Next()}", $"record at byte {start} is corrupt ({error}); skipped");
                continue;
            }
            foreach (var item in ReadRecords(new MemoryStream(record, writable: false), path, overrides, limits, numbering))
                yield return item;
        }
    }

    public static IEnumerable<SourceItem> ReadPlain(Stream file, string path, ArticleHints overrides, ReaderOptions limits) =>
        ReadRecords(file, path, overrides, limits, new RecordNumber());

    private static IEnumerable<SourceItem> ReadRecords(Stream data, string path, ArticleHints overrides, ReaderOptions limits, RecordNumber numbering)
    {
        var scanner = new StreamScanner(data);
        while (scanner.SkipTo(RecordStart))
        {
            var position = scanner.Position;
            var number = numbering.Next();
            if (scanner.TakeUntil("\r\n\r\n"u8, MaxHeaderBytes) is not { } headerBytes)
            {
                yield return SourceItem.Failed($"{path}#record{number}", $"record at byte {position} has no end of headers; skipped");
                yield break;
            }
            var headers = ParseHeaders(Encoding.Latin1.GetString(headerBytes));
            if (!long.TryParse(headers.GetValueOrDefault("content-length"), out var length) || length < 0)
            {
                yield return SourceItem.Failed($"{path}#record{number}", $"record at byte {position} has a missing or wrong Content-Length; skipped");
                continue;
            }
            if (length > limits.MaxRecordBytes)
            {
                yield return SourceItem.Failed($"{path}#record{number}", $"record at byte {position} is {length / ReaderOptions.MiB:N0} MB, over the {limits.MaxRecordBytes / ReaderOptions.MiB:N0} MB limit for one record; skipped");
                scanner.Skip(length);
                continue;
            }
            var block = scanner.Take((int)length);
            if (block.Length < length)
            {
                yield return SourceItem.Failed($"{path}#record{number}", $"record at byte {position} has a missing or wrong Content-Length; skipped");
                yield break;
            }
            if (Document(headers, block, path, number, overrides) is { } item)
                yield return item;
        }
    }

    /// <summary>Numbers records across the members of a .warc.gz.</summary>
    private sealed class RecordNumber
    {
        private int _last;

        public int Next() => ++_last;
    }

    private static SourceItem? Document(Dictionary<string, string> headers, ReadOnlySpan<byte> block, string path, int number, ArticleHints overrides)
    {
        var type = headers.GetValueOrDefault("warc-type");
        var uri = headers.GetValueOrDefault("warc-target-uri")?.Trim('<', '>');
        var source = uri ?? $"{path}#record{number}";
        var hints = new ArticleHints(Url: uri).OverriddenBy(overrides);
        if (type == "resource" && IsHtml(headers.GetValueOrDefault("content-type")))
            return SourceItem.Of(new SourceDocument(source, DocumentFormat.Html, TextDecoder.Decode(block, Charset(headers.GetValueOrDefault("content-type"))), hints));
        if (type != "response")
            return null;

        var httpEnd = block.IndexOf("\r\n\r\n"u8);
        if (httpEnd < 0)
            return SourceItem.Failed(source, $"response record {number} holds no HTTP headers; skipped");
        var http = ParseHttp(Encoding.Latin1.GetString(block[..httpEnd]));
        if (http.Status is < 200 or >= 300 || !IsHtml(http.Headers.GetValueOrDefault("content-type")))
            return null;
        var body = block[(httpEnd + 4)..];
        byte[]? dechunked = null;
        if (http.Headers.GetValueOrDefault("transfer-encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
            dechunked = Dechunk(body);
        var html = TextDecoder.Decode(dechunked ?? body, Charset(http.Headers.GetValueOrDefault("content-type")));
        return SourceItem.Of(new SourceDocument(source, DocumentFormat.Html, html, hints));
    }

    /// <summary>The offset of the next gzip member header at or after <paramref name="offset"/>, or null at the end.</summary>
    private static long? NextMember(Stream file, long offset)
    {
        file.Position = offset;
        var scanner = new StreamScanner(file);
        return scanner.SkipTo(GzipMagic) ? offset + scanner.Position : null;
    }

    /// <summary>
    /// Inflates the one gzip member at <paramref name="start"/> (GZipStream would run on into the next member):
    /// the bytes, and an error when the member broke off.
    /// </summary>
    private static (byte[]? Record, string? Error) DecompressMember(Stream file, long start, long maxBytes)
    {
        file.Position = start;
        var head = new byte[MaxHeaderBytes];
        head = head[..file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        if (GzipHeaderLength(head) is not { } header)
            return (null, null);
        file.Position = start + header;
        var output = new MemoryStream();
        try
        {
            using var deflate = new DeflateStream(file, CompressionMode.Decompress, leaveOpen: true);
            using var limited = new LimitedStream(deflate, maxBytes, "a WARC record");
            limited.CopyTo(output);
            return (output.ToArray(), null);
        }
        catch (Exception error) when (error is InvalidDataException or IOException)
        {
            return (output.Length > 0 ? output.ToArray() : null, error.Message);
        }
    }

    /// <summary>The length of the gzip header that <paramref name="head"/> starts with (RFC 1952), or null when it is not one.</summary>
    private static int? GzipHeaderLength(ReadOnlySpan<byte> head)
    {
        const int FixedLength = 10;
        if (head.Length < FixedLength)
            return null;
        var flags = head[3];
        if ((flags & 0xE0) != 0)
            return null;
        var position = FixedLength;
        if ((flags & 0x04) != 0)
        {
            if (position + 2 > head.Length)
                return null;
            position += 2 + (head[position] | head[position + 1] << 8);
        }
        foreach (var zeroTerminated in new[] { 0x08, 0x10 })
        {
            if ((flags & zeroTerminated) == 0)
                continue;
            var end = position < head.Length ? head[position..].IndexOf((byte)0) : -1;
            if (end < 0)
                return null;
            position += end + 1;
        }
        if ((flags & 0x02) != 0)
            position += 2;
        return position <= head.Length ? position : null;
    }

    private static bool IsHtml(string? contentType) =>
        contentType is not null && (contentType.Contains("text/html", StringComparison.OrdinalIgnoreCase) || contentType.Contains("xhtml", StringComparison.OrdinalIgnoreCase));

    private static string? Charset(string? contentType)
    {
        var at = contentType?.IndexOf("charset=", StringComparison.OrdinalIgnoreCase) ?? -1;
        return at < 0 ? null : contentType![(at + 8)..].Split(';')[0].Trim().Trim('"');
    }

    private static Dictionary<string, string> ParseHeaders(string text)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in text.Split("\r\n").Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
                headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
        }
        return headers;
    }

    private static (int Status, Dictionary<string, string> Headers) ParseHttp(string text)
    {
        var statusLine = text.Split("\r\n", 2)[0].Split(' ');
        var status = statusLine.Length > 1 && int.TryParse(statusLine[1], out var code) ? code : 0;
        return (status, ParseHeaders(text));
    }

    private static byte[] Dechunk(ReadOnlySpan<byte> body)
    {
        var output = new MemoryStream();
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = body[position..].IndexOf("\r\n"u8);
            if (lineEnd < 0)
                break;
            var sizeText = Encoding.ASCII.GetString(body.Slice(position, lineEnd)).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, System.Globalization.NumberStyles.HexNumber, null, out var size) || size <= 0)
                break;
            var chunkStart = position + lineEnd + 2;
            var available = Math.Min(size, body.Length - chunkStart);
            output.Write(body.Slice(chunkStart, available));
            position = chunkStart + available + 2;
        }
        return output.ToArray();
    }
}
