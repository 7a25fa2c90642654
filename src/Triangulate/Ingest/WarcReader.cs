using System.IO.Compression;
using System.Text;

namespace Triangulate.Ingest;

/// <summary>
/// WARC and WARC.gz (as Common Crawl's CC-NEWS): HTML from response records (the HTTP body, de-chunked, decoded by
/// its Content-Type charset) and from resource records. A .warc.gz is read member by member, so a corrupt record
/// costs only itself: it becomes a problem naming the record and its byte offset, and reading resumes at the next.
/// </summary>
public static class WarcReader
{
    private static readonly byte[] GzipMagic = [0x1F, 0x8B, 0x08];
    private static readonly byte[] RecordStart = "WARC/1."u8.ToArray();

    public static IEnumerable<SourceItem> ReadCompressed(byte[] file, string path, ArticleHints overrides, ReaderOptions limits)
    {
        var number = 0;
        var offset = 0;
        long expanded = 0;
        while (offset < file.Length)
        {
            var member = file.AsSpan(offset).IndexOf(GzipMagic);
            if (member < 0)
                yield break;
            var start = offset + member;
            var (record, error) = DecompressMember(file, start, limits.MaxRecordBytes);
            offset = start + 1;
            if (record is null || !record.AsSpan().StartsWith(RecordStart))
            {
                // A gzip header whose data will not inflate is a corrupt record; anything else was no member start.
                if (error is not null)
                    yield return SourceItem.Failed($"{path}#record{++number}", $"record at byte {start} is corrupt ({error}); skipped");
                continue;
            }
            expanded += record.Length;
            if (expanded > limits.MaxDecompressedBytes)
            {
                yield return SourceItem.Failed(path, $"expands to more than {limits.MaxDecompressedBytes / ReaderOptions.MiB:N0} MB (a decompression bomb?); stopped");
                yield break;
            }
            number++;
            if (error is not null)
            {
                yield return SourceItem.Failed($"{path}#record{number}", $"record at byte {start} is corrupt ({error}); skipped");
                continue;
            }
            foreach (var item in ReadRecords(record, path, overrides, ref number, firstNumber: number))
                yield return item;
        }
    }

    public static IEnumerable<SourceItem> ReadPlain(byte[] file, string path, ArticleHints overrides)
    {
        var number = 0;
        return ReadRecords(file, path, overrides, ref number, firstNumber: 1);
    }

    private static List<SourceItem> ReadRecords(byte[] data, string path, ArticleHints overrides, ref int number, int firstNumber)
    {
        var items = new List<SourceItem>();
        var position = 0;
        var recordNumber = firstNumber - 1;
        while (position < data.Length)
        {
            var start = data.AsSpan(position).IndexOf(RecordStart);
            if (start < 0)
                break;
            position += start;
            recordNumber++;
            var headerEnd = data.AsSpan(position).IndexOf("\r\n\r\n"u8);
            if (headerEnd < 0)
            {
                items.Add(SourceItem.Failed($"{path}#record{recordNumber}", $"record at byte {position} has no end of headers; skipped"));
                break;
            }
            var headers = ParseHeaders(Encoding.Latin1.GetString(data, position, headerEnd));
            var blockStart = position + headerEnd + 4;
            if (!long.TryParse(headers.GetValueOrDefault("content-length"), out var length) || length < 0 || blockStart + length > data.Length)
            {
                items.Add(SourceItem.Failed($"{path}#record{recordNumber}", $"record at byte {position} has a missing or wrong Content-Length; skipped"));
                position = blockStart;
                continue;
            }
            var block = data.AsSpan(blockStart, (int)length);
            if (Document(headers, block, path, recordNumber, overrides) is { } item)
                items.Add(item);
            position = blockStart + (int)length;
        }
        number = recordNumber;
        return items;
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

    /// <summary>
    /// Inflates the one gzip member at <paramref name="start"/> (GZipStream would run on into the next member):
    /// the bytes, and an error when the member broke off.
    /// </summary>
    private static (byte[]? Record, string? Error) DecompressMember(byte[] file, int start, long maxBytes)
    {
        if (GzipHeaderLength(file, start) is not { } header)
            return (null, null);
        var output = new MemoryStream();
        try
        {
            using var input = new MemoryStream(file, start + header, file.Length - start - header, writable: false);
            using var deflate = new DeflateStream(input, CompressionMode.Decompress);
            using var limited = new LimitedStream(deflate, maxBytes, "a WARC record");
            limited.CopyTo(output);
            return (output.ToArray(), null);
        }
        catch (Exception error) when (error is InvalidDataException or IOException)
        {
            return (output.Length > 0 ? output.ToArray() : null, error.Message);
        }
    }

    /// <summary>The length of the gzip header at <paramref name="start"/> (RFC 1952), or null when it is not one.</summary>
    private static int? GzipHeaderLength(byte[] file, int start)
    {
        const int FixedLength = 10;
        if (start + FixedLength > file.Length)
            return null;
        var flags = file[start + 3];
        if ((flags & 0xE0) != 0)
            return null;
        var position = start + FixedLength;
        if ((flags & 0x04) != 0)
        {
            if (position + 2 > file.Length)
                return null;
            position += 2 + (file[position] | file[position + 1] << 8);
        }
        foreach (var zeroTerminated in new[] { 0x08, 0x10 })
        {
            if ((flags & zeroTerminated) == 0)
                continue;
            var end = Array.IndexOf(file, (byte)0, Math.Min(position, file.Length));
            if (end < 0)
                return null;
            position = end + 1;
        }
        if ((flags & 0x02) != 0)
            position += 2;
        return position <= file.Length ? position - start : null;
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
