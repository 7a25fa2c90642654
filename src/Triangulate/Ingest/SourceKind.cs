namespace Triangulate.Ingest;

/// <summary>What a file holds, decided from its content.</summary>
public enum SourceKind
{
    PlainText,
    Html,
    Feed,
    JsonLines,
    Warc,
    Gzip,
    Binary,
    Empty,
}
