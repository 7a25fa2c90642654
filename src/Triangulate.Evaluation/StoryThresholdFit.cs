using Triangulate.Stories;

namespace Triangulate.Evaluation;

/// <summary>The result of fitting the story clusterer's thresholds by cross-validation across evaluation folders.</summary>
/// <param name="Chosen">Each fitted setting is the median of the per-fold choices.</param>
/// <param name="Sets">Each folder's held-out scores, averaged over the folds.</param>
public sealed record StoryThresholdFit(
    StoryClusteringOptions Chosen,
    IReadOnlyList<StoryFoldResult> Folds,
    IReadOnlyList<StorySetScore> Sets);
