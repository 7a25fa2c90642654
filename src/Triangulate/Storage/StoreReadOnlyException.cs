namespace Triangulate.Storage;

/// <summary>A write was asked of a store opened read-only.</summary>
public sealed class StoreReadOnlyException(string message) : InvalidOperationException(message);
