namespace Triangulate.Storage;

/// <summary>What one stored batch changed.</summary>
public sealed record BatchResult(int Added, int AlreadyStored);
