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
                foreach (var file in FilesBelow(path))
                {
                    foreach (var item in ReadFile(file))
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
    /// Every file below a folder, sorted, without hidden files and folders, sidecar metadata, and Markdown files
    /// (a folder's README or notes are documentation, not articles; name such a file directly to read it).
    /// </summary>
    private static IEnumerable<string> FilesBelow(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(file => !IsSidecar(file) && !file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);
    }

    private static bool IsSidecar(string file) => file.EndsWith(".meta.json", StringComparison.OrdinalIgnoreCase);

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
        var limit = kind is SourceKind.JsonLines or SourceKind.Warc or SourceKind.Gzip ? options.MaxCollectionBytes : options.MaxDocumentBytes;
        if (size > limit)
            return [SourceItem.Failed(path, $"file is {size / ReaderOptions.MiB:N0} MB, over the {limit / ReaderOptions.MiB:N0} MB limit for {SourceKindDetector.Describe(kind)} input; skipped")];
        var hints = Sidecar(path).OverriddenBy(options.Hints);
        return kind switch
        {
            SourceKind.Binary => [SourceItem.Failed(path, "binary file, not text; skipped")],
            SourceKind.Empty => [SourceItem.Failed(path, "empty file")],
            SourceKind.Warc => WarcReader.ReadPlain(File.ReadAllBytes(path), path, hints),
            SourceKind.Gzip => Compressed(path, hints),
            SourceKind.JsonLines => JsonLinesFile(new StreamReader(path, detectEncodingFromByteOrderMarks: true), path, hints),
            _ => Whole(path, TextDecoder.Decode(File.ReadAllBytes(path)), hints),
        };
    }

    private IEnumerable<SourceItem> Compressed(string path, ArticleHints hints)
    {
        var bytes = File.ReadAllBytes(path);
        using (var probe = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress))
        {
            var start = new byte[8];
            var read = probe.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
            if (start.AsSpan(0, read).StartsWith("WARC/"u8))
                return WarcReader.ReadCompressed(bytes, path, hints, options);
        }
        var inner = new LimitedStream(new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress), options.MaxDecompressedBytes, Path.GetFileName(path));
        var reader = new StreamReader(inner, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var first = reader.Peek();
        if (first == '{')
            return JsonLinesFile(reader, path, hints);
        using (reader)
        {
            var text = reader.ReadToEnd();
            return first < 0 ? [SourceItem.Failed(path, "empty after decompression")] : Whole(path, text, hints);
        }
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
