namespace Triangulate.Evaluation;

/// <summary>The metrics of one evaluation run: metric name → value.</summary>
public sealed record EvaluationScores(IReadOnlyDictionary<string, double> Metrics);
