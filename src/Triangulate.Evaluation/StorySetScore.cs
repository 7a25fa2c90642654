namespace Triangulate.Evaluation;

/// <summary>One evaluation folder's cross-validated story clustering scores.</summary>
/// <param name="Name">The folder's name.</param>
/// <param name="CrossValidatedBCubedF1">Mean held-out B-cubed F1 over the folds.</param>
/// <param name="CrossValidatedAdjustedRand">Mean held-out adjusted Rand index over the folds.</param>
public sealed record StorySetScore(string Name, double CrossValidatedBCubedF1, double CrossValidatedAdjustedRand);
