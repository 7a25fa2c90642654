namespace Triangulate.Analysis;

/// <summary>How far a stage has come: <paramref name="Done"/> of <paramref name="Total"/> items (Total null when unknown).</summary>
public sealed record StageProgress(string Stage, long Done, long? Total);
