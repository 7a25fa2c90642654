namespace Triangulate.Ingest;

/// <summary>A line of page furniture set aside from the body, kept for audit with the reason it was removed.</summary>
public sealed record RemovedLine(string Text, string Reason);
