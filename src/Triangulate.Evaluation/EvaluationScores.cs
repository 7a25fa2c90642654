namespace Triangulate.Evaluation;

/// <summary>Metric name to value, in the order the benchmark reports them.</summary>
public sealed record EvaluationScores(IReadOnlyDictionary<string, double> Metrics);
