using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Triangulate.Ingest;

/// <summary>
/// The first stage: files and folders (recursively, in ordinal order) to documents. The kind of each file comes from
/// its content. Anything that cannot be read becomes one <see cref="IngestProblem"/> naming the input and the reason,
/// and reading goes on with the next input: nothing here throws for bad input.
/// </summary>
public sealed class SourceReader(ReaderOptions options)
{
    private const int SniffBytes = 64 * 1024;

    public IEnumerable<SourceItem> Read(IReadOnlyList<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in FolderWalker.Files(path).Where(file => !IsSidecar(file)))
                {
                    var items = FolderDocumentation(file) is { } documentation
                        ? [SourceItem.NotAnArticle(file, $"{documentation} of the folder, not an article; name the file itself to read it")]
                        : ReadFile(file);
                    foreach (var item in items)
                        yield return item;
                }
            }
            else if (File.Exists(path))
            {
                foreach (var item in ReadFile(path))
                    yield return item;
            }
            else
            {
                yield return SourceItem.Failed(path, "no such file or folder");
            }
        }
    }

    /// <summary>
    /// One input held in memory (an upload), named by <paramref name="source"/>: its kind comes from its content as
    /// for a file; compressed data is refused rather than expanded.
    /// </summary>
    public IEnumerable<SourceItem> Read(string source, byte[] content)
    {
        if (content.Length > options.MaxCollectionBytes)
            return [SourceItem.Failed(source, $"input is over the {options.MaxCollectionBytes / ReaderOptions.MiB:N0} MB limit; skipped")];
        return SourceKindDetector.FromBytes(content.AsSpan(0, Math.Min(SniffBytes, content.Length))) switch
        {
            SourceKind.Empty => [SourceItem.Failed(source, "empty input")],
            SourceKind.Binary => [SourceItem.Failed(source, "binary data, not text; skipped")],
            SourceKind.Gzip => [SourceItem.Failed(source, "compressed data; send it unpacked")],
            SourceKind.Warc => WarcReader.ReadPlain(new MemoryStream(content, writable: false), source, options.Hints, options),
            SourceKind.JsonLines => JsonLinesFile(new StreamReader(new MemoryStream(content, writable: false), detectEncodingFromByteOrderMarks: true), source, options.Hints),
            _ when content.Length > options.MaxDocumentBytes => [SourceItem.Failed(source, $"input is over the {options.MaxDocumentBytes / ReaderOptions.MiB:N0} MB limit for one document; skipped")],
            _ => Whole(source, TextDecoder.Decode(content), options.Hints),
        };
    }

    private static bool IsSidecar(string file) => file.EndsWith(".meta.json", StringComparison.OrdinalIgnoreCase);

    /// <summary>What a file of a corpus folder documents it as (a README, a licence, Markdown notes), or null for any other file.</summary>
    private static string? FolderDocumentation(string file)
    {
        var name = Path.GetFileName(file);
        var stem = name.Split('.')[0].ToUpperInvariant();
        if (stem.StartsWith("README_", StringComparison.Ordinal) || stem.StartsWith("README-", StringComparison.Ordinal))
            return "a readme";
        if (stem is "README" or "LICENSE" or "LICENCE" or "COPYING" or "NOTICE" or "CHANGELOG" or "AUTHORS" or "CONTRIBUTING" or "CITATION")
            return $"the {stem.ToLowerInvariant()}";
        return name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? "Markdown documentation" : null;
    }

    /// <summary>The items of one file; an exception anywhere in it becomes a problem, after whatever it yielded before.</summary>
    private IEnumerable<SourceItem> ReadFile(string path)
    {
        IEnumerator<SourceItem>? items = null;
        string? failure = null;
        try
        {
            items = ItemsOf(path).GetEnumerator();
        }
        catch (Exception error) when (IsInputError(error))
        {
            failure = Describe(error);
        }
        if (items is not null)
        {
            using (items)
            {
                while (true)
                {
                    try
                    {
                        if (!items.MoveNext())
                            break;
                    }
                    catch (Exception error) when (IsInputError(error))
                    {
                        failure = Describe(error);
                        break;
                    }
                    yield return items.Current;
                }
            }
        }
        if (failure is not null)
            yield return SourceItem.Failed(path, failure);
    }

    private IEnumerable<SourceItem> ItemsOf(string path)
    {
        var size = new FileInfo(path).Length;
        if (size == 0)
            return [SourceItem.Failed(path, "empty file")];
        var head = Head(path);
        var kind = SourceKindDetector.FromBytes(head);
        if (kind != SourceKind.Gzip && path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            return [SourceItem.Failed(path, $"is named .gz but holds no gzip data ({SourceKindDetector.Describe(kind)}); skipped")];
        if (IsTable(path))
            return [SourceItem.NotAnArticle(path, "a table of separated values, not an article; skipped")];
        var limit = kind is SourceKind.JsonLines or SourceKind.Warc or SourceKind.Gzip ? options.MaxCollectionBytes : options.MaxDocumentBytes;
        if (size > limit)
            return [SourceItem.Failed(path, $"file is {size / ReaderOptions.MiB:N0} MB, over the {limit / ReaderOptions.MiB:N0} MB limit for {SourceKindDetector.Describe(kind)} input; skipped")];
        var sidecar = Sidecar(path);
        if (sidecar.Date is { } date && PublicationTimeResolver.ParseHinted(date) is null)
            return [SourceItem.Failed(path, $"its .meta.json gives \"date\": \"{(date.Length > 40 ? date[..40] + "…" : date)}\", which is not a date (use ISO 8601, as 2026-03-14); skipped")];
        var hints = sidecar.OverriddenBy(options.Hints);
        return kind switch
        {
            SourceKind.Binary => [SourceItem.Failed(path, "binary file, not text; skipped")],
            SourceKind.Empty => [SourceItem.Failed(path, "empty file")],
            SourceKind.Warc => WarcFile(path, hints, WarcReader.ReadPlain),
            SourceKind.Gzip => Compressed(path, hints),
            SourceKind.JsonLines => JsonLinesFile(new StreamReader(path, detectEncodingFromByteOrderMarks: true), path, hints),
            _ => Whole(path, TextDecoder.Decode(File.ReadAllBytes(path)), hints),
        };
    }

    private static bool IsTable(string path) =>
        Path.GetExtension(path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path).ToLowerInvariant() is ".tsv" or ".csv" or ".tab";

    /// <summary>
    /// A gzip file: a WARC inside is read record by record; JSON lines stream line by line; anything else is read
    /// whole, but never past the document limit, so no input expands beyond a bounded amount of memory.
    /// </summary>
    private IEnumerable<SourceItem> Compressed(string path, ArticleHints hints)
    {
        var name = Path.GetFileName(path);
        // A WARC is told by its first record alone: sniffing further could run into a later, corrupt member.
        if (DecompressedHead(path, 8).AsSpan().StartsWith("WARC/"u8))
            return WarcFile(path, hints, WarcReader.ReadCompressed);
        switch (SourceKindDetector.FromBytes(DecompressedHead(path, SniffBytes)))
        {
            case SourceKind.Gzip:
                return [SourceItem.Failed(path, "holds another gzip file; unpack the outer one first")];
            case SourceKind.Binary:
                return [SourceItem.Failed(path, "binary data after decompression, not text; skipped")];
            case SourceKind.Empty:
                return [SourceItem.Failed(path, "empty after decompression")];
        }
        var inner = new LimitedStream(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), options.MaxDecompressedBytes, name);
        var reader = new StreamReader(inner, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        if (reader.Peek() == '{')
            return JsonLinesFile(reader, path, hints);
        using (reader)
        {
            return BoundedLines.ReadAll(reader, options.MaxDocumentBytes) is { } text
                ? Whole(path, text, hints)
                : [SourceItem.Failed(path, $"expands to more than {options.MaxDocumentBytes / ReaderOptions.MiB:N0} MB, the limit for one document; skipped")];
        }
    }

    private byte[] DecompressedHead(string path, int length)
    {
        using var probe = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        var head = new byte[length];
        return head[..probe.ReadAtLeast(head, length, throwOnEndOfStream: false)];
    }

    /// <summary>Streams a WARC file record by record, closing it when done or abandoned.</summary>
    private IEnumerable<SourceItem> WarcFile(string path, ArticleHints hints, Func<Stream, string, ArticleHints, ReaderOptions, IEnumerable<SourceItem>> read)
    {
        using var file = File.OpenRead(path);
        foreach (var item in read(file, path, hints, options))
            yield return item;
    }

    /// <summary>Streams a JSON-lines file line by line, closing it when done or abandoned.</summary>
    private IEnumerable<SourceItem> JsonLinesFile(TextReader reader, string path, ArticleHints hints)
    {
        using (reader)
        {
            foreach (var item in JsonLinesReader.Read(reader, path, hints, options.MaxRecordBytes))
                yield return item;
        }
    }

    private static IEnumerable<SourceItem> Whole(string path, string text, ArticleHints hints) => SourceKindDetector.FromText(text) switch
    {
        SourceKind.Feed => FeedReader.Read(text, path, hints),
        SourceKind.JsonLines => JsonLinesReader.Read(new StringReader(text), path, hints, long.MaxValue),
        SourceKind.Html => [SourceItem.Of(new SourceDocument(path, DocumentFormat.Html, text, hints))],
        SourceKind.Empty => [SourceItem.Failed(path, "no text in file")],
        _ => [SourceItem.Of(new SourceDocument(path, DocumentFormat.PlainText, text, hints))],
    };

    private static byte[] Head(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[Math.Min(SniffBytes, stream.Length)];
        stream.ReadExactly(buffer);
        return buffer;
    }

    /// <summary>Metadata the user wrote next to a file: NAME.meta.json (or NAME.ext.meta.json) with url, title, outlet, date.</summary>
    private static ArticleHints Sidecar(string path)
    {
        var candidates = new[] { Path.ChangeExtension(path, ".meta.json"), path + ".meta.json" };
        if (candidates.FirstOrDefault(File.Exists) is not { } sidecar)
            return ArticleHints.None;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(sidecar));
            string? Field(string name) => json.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            return new ArticleHints(null, Field("url"), Field("title"), Field("outlet"), Field("date"));
        }
        catch (JsonException)
        {
            return ArticleHints.None;
        }
    }

    private static bool IsInputError(Exception error) =>
        error is IOException or UnauthorizedAccessException or InvalidDataException or DecoderFallbackException or JsonException or System.Xml.XmlException;

    private static string Describe(Exception error) => error switch
    {
        UnauthorizedAccessException => "permission denied",
        InputTooLargeException => error.Message + "; skipped",
        InvalidDataException => $"corrupt compressed data ({error.Message})",
        _ => $"could not be read ({error.Message})",
    };
}
