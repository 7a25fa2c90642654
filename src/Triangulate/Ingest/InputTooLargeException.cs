namespace Triangulate.Ingest;

/// <summary>An input, or what it decompresses to, went past a size limit.</summary>
public sealed class InputTooLargeException(string message) : IOException(message);
