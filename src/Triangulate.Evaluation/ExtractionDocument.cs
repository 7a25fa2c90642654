namespace Triangulate.Evaluation;

/// <summary>One page of an extraction benchmark's docs.jsonl.</summary>
public sealed record ExtractionDocument(string Id, string? Url, string Html);
