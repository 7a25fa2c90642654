namespace Triangulate.Storage;

/// <summary>What a store holds of the analysis: the analysis version that wrote it, the next story sequence, and counts.</summary>
public sealed record AnalysisState(int Version, int NextStorySequence, int Stories, int AnalysedArticles);
