using Triangulate.Ingest;

namespace Triangulate;

/// <summary>One news article after ingestion: its clean text, where it came from, and the evidence for its metadata.</summary>
/// <param name="Id">Hash of <paramref name="Source"/> and <paramref name="ContentHash"/>: stable across runs.</param>
/// <param name="ContentHash">Hash of the title and body: the same text from the same source is stored once.</param>
/// <param name="Source">The path or URL it was read from.</param>
public sealed record Article(
    string Id,
    string ContentHash,
    string Source,
    string? Url,
    string Title,
    Outlet? Outlet,
    PublicationTime? Published,
    IReadOnlyList<string> Credits,
    string? Byline,
    IReadOnlyList<string> Body,
    IReadOnlyList<RemovedLine> Removed);
