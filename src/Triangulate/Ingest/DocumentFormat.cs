namespace Triangulate.Ingest;

/// <summary>What the content of a <see cref="SourceDocument"/> is, once unpacked from its container.</summary>
public enum DocumentFormat
{
    PlainText,
    Html,
}
