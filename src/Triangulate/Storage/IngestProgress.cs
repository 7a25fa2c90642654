namespace Triangulate.Storage;

/// <summary>Progress of an ingest run: documents handled so far and the source being read.</summary>
public readonly record struct IngestProgress(int Articles, int Problems, string? CurrentSource);
