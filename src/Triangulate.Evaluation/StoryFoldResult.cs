using Triangulate.Stories;

namespace Triangulate.Evaluation;

/// <summary>One cross-validation fold: the settings fitted on the other folds' topics and their score on this fold's.</summary>
public sealed record StoryFoldResult(
    int Fold,
    IReadOnlyList<string> HeldOutTopics,
    StoryClusteringOptions Chosen,
    double TrainingBCubedF1,
    ClusteringAgreement HeldOut);
