namespace Triangulate.Evaluation;

/// <summary>The scores of one evaluation run: which benchmark, how many documents, and each metric by name.</summary>
public sealed record EvaluationScores(string Benchmark, int Documents, IReadOnlyDictionary<string, double> Metrics);
