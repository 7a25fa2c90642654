using Triangulate.Stories;

namespace Triangulate.Evaluation;

/// <summary>One cross-validation fold: the settings fitted on the other folds and their score on this fold's articles.</summary>
/// <param name="HeldOutUnits">The topics (or gold stories) of every folder held out in this fold.</param>
/// <param name="TrainingBCubedF1">The mean over the folders of the chosen settings' B-cubed F1 on the training articles.</param>
/// <param name="HeldOut">The chosen settings' agreement on each folder's held-out articles, in folder order.</param>
public sealed record StoryFoldResult(
    int Fold,
    IReadOnlyList<string> HeldOutUnits,
    StoryClusteringOptions Chosen,
    double TrainingBCubedF1,
    IReadOnlyList<ClusteringAgreement> HeldOut);
