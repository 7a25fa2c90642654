namespace Triangulate.Ingest;

/// <summary>
/// One article's raw content, decoded to a string and unpacked from its container (a file, a feed item,
/// a JSON line, a WARC record), with the metadata the container carried.
/// </summary>
/// <param name="Source">The path as given joined with the file below it; for JSON lines the url, else the id.</param>
public sealed record SourceDocument(string Source, DocumentFormat Format, string Content, ArticleHints Hints);
