using Triangulate.Stories;

namespace Triangulate.Evaluation;

/// <summary>The result of fitting the story clusterer's thresholds by cross-validation over topics.</summary>
/// <param name="Chosen">Each setting is the median of the per-fold choices.</param>
/// <param name="CrossValidatedBCubedF1">Mean held-out B-cubed F1 over the folds.</param>
/// <param name="CrossValidatedAdjustedRand">Mean held-out adjusted Rand index over the folds.</param>
public sealed record StoryThresholdFit(
    StoryClusteringOptions Chosen,
    IReadOnlyList<StoryFoldResult> Folds,
    double CrossValidatedBCubedF1,
    double CrossValidatedAdjustedRand);
