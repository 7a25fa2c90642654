namespace Triangulate.Ingest;

/// <summary>Limits and user-given metadata for reading inputs.</summary>
public sealed record ReaderOptions
{
    public const long MiB = 1024 * 1024;

    /// <summary>Metadata from the command line; wins over sidecars and what the container says.</summary>
    public ArticleHints Hints { get; init; } = ArticleHints.None;

    /// <summary>Largest single page, text or feed read whole into memory.</summary>
    public long MaxDocumentBytes { get; init; } = 64 * MiB;

    /// <summary>Largest JSON-lines or WARC file (read record by record).</summary>
    public long MaxCollectionBytes { get; init; } = 4096 * MiB;

    /// <summary>Most bytes one compressed input may expand to; more is treated as a decompression bomb.</summary>
    public long MaxDecompressedBytes { get; init; } = 1024 * MiB;

    /// <summary>Largest single record (a JSON line, a WARC record).</summary>
    public long MaxRecordBytes { get; init; } = 32 * MiB;
}
