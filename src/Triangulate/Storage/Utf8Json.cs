namespace Triangulate.Storage;

/// <summary>A JSON document already encoded as UTF-8, bound to a text column as it is.</summary>
internal sealed record Utf8Json(byte[] Bytes);
