using Triangulate.Ingest;

namespace Triangulate.Fuzz;

/// <summary>
/// One fuzz target per reader, each driving it directly, without the ingest stage's catch-all: whatever a target
/// throws is a bug. The documented outcome for bad input is a problem item (<see cref="SourceItem.Problem"/>).
/// Every document a reader yields goes through the article extractor too.
/// </summary>
public static class FuzzTargets
{
    public static readonly IReadOnlyList<string> Names = ["text", "html", "feed", "jsonl", "warc", "warc.gz", "file"];

    /// <summary>Small limits, so a fuzzer finds the limit paths quickly and a run stays fast.</summary>
    private static readonly ReaderOptions Limits = new()
    {
        MaxDocumentBytes = 4 * ReaderOptions.MiB,
        MaxCollectionBytes = 16 * ReaderOptions.MiB,
        MaxDecompressedBytes = 16 * ReaderOptions.MiB,
        MaxRecordBytes = ReaderOptions.MiB,
    };

    public static void Run(string target, byte[] input)
    {
        IEnumerable<SourceItem> items = target switch
        {
            "text" => [SourceItem.Of(new SourceDocument("fuzz", DocumentFormat.PlainText, TextDecoder.Decode(input), ArticleHints.None))],
            "html" => [SourceItem.Of(new SourceDocument("fuzz", DocumentFormat.Html, TextDecoder.Decode(input), ArticleHints.None))],
            "feed" => FeedReader.Read(TextDecoder.Decode(input), "fuzz", ArticleHints.None),
            "jsonl" => JsonLinesReader.Read(new StringReader(TextDecoder.Decode(input)), "fuzz", ArticleHints.None, Limits.MaxRecordBytes),
            "warc" => WarcReader.ReadPlain(new MemoryStream(input), "fuzz", ArticleHints.None, Limits),
            "warc.gz" => WarcReader.ReadCompressed(new MemoryStream(input), "fuzz", ArticleHints.None, Limits),
            "file" => ThroughAFile(input),
            _ => throw new ArgumentException($"no fuzz target {target}; the targets are {string.Join(", ", Names)}", nameof(target)),
        };
        foreach (var item in items)
        {
            if (item.Document is { } document)
                ArticleExtractor.Extract(document);
        }
    }

    /// <summary>The whole reading path of a file: kind detection, gzip (with its limits), and the reader it picks.</summary>
    private static List<SourceItem> ThroughAFile(byte[] input)
    {
        var path = Path.Combine(Path.GetTempPath(), $"triangulate-fuzz-{Environment.ProcessId}-{Environment.CurrentManagedThreadId}.input");
        File.WriteAllBytes(path, input);
        try
        {
            return new SourceReader(Limits).Read([path]).ToList();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
