using Triangulate.Stories;

namespace Triangulate.Evaluation;

/// <summary>
/// Chooses the story clusterer's thresholds and weights by k-fold cross-validation over topics (gold_topic.tsv):
/// topics are dealt to folds in sorted order; for each fold the grid point with the best B-cubed F1 on the other
/// folds' articles is scored on the held-out fold's articles. Clustering is unsupervised, so each grid point clusters
/// every document once and is scored on each subset; the gold of a held-out fold never influences its settings.
/// </summary>
public static class StoryThresholdFitter
{
    private static readonly double[] JoinThresholds = [0.2, 0.3, 0.4];
    private static readonly double[] MergeThresholds = [0.4, 0.5, 0.6];
    private static readonly double[] MergeFitRatios = [0.6, 0.7, 0.8];
    private static readonly double[] AdoptThresholds = [0.1, 0.15];
    private static readonly double[] ActorWeights = [0, 0.15, 0.3];
    private static readonly double[] NumberWeights = [0, 0.2];
    private static readonly double[] YearConflictWeights = [0, 0.3];

    /// <summary>Fits on the folder's docs.jsonl, gold.tsv and gold_topic.tsv.</summary>
    public static StoryThresholdFit Fit(string directory, int folds = 5)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var extractor = StoryClusterer.Extractor();
        var features = EvaluationArticles.Read(Path.Combine(directory, "docs.jsonl")).Select(extractor.Extract).ToList();
        var gold = EvaluationArticles.ReadPairs(Path.Combine(directory, "gold.tsv"));
        var topicOf = EvaluationArticles.ReadPairs(Path.Combine(directory, "gold_topic.tsv"));
        var topics = topicOf.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var foldTopics = Enumerable.Range(0, folds)
            .Select(f => topics.Where((_, i) => i % folds == f).ToHashSet(StringComparer.Ordinal))
            .ToList();
        var heldOut = foldTopics.Select(t => gold.Keys.Where(id => t.Contains(topicOf[id])).ToList()).ToList();
        var training = foldTopics.Select(t => gold.Keys.Where(id => !t.Contains(topicOf[id])).ToList()).ToList();

        var results = Grid().AsParallel().AsOrdered().Select(options =>
        {
            var predicted = StoryEvaluation.Predictions(StoryClusterer.Cluster(features, options));
            return (Options: options,
                Training: training.Select(items => ClusteringAgreement.Compare(predicted, gold, items).BCubedF1).ToList(),
                HeldOut: heldOut.Select(items => ClusteringAgreement.Compare(predicted, gold, items)).ToList());
        }).ToList();

        var foldResults = Enumerable.Range(0, folds).Select(f =>
        {
            var best = results.MaxBy(r => r.Training[f]);
            return new StoryFoldResult(f, [.. foldTopics[f].Order(StringComparer.Ordinal)], best.Options, best.Training[f], best.HeldOut[f]);
        }).ToList();

        var chosen = foldResults.Select(r => r.Chosen).ToList();
        var median = StoryClusteringOptions.Default with
        {
            JoinThreshold = Median(chosen.Select(c => c.JoinThreshold)),
            MergeThreshold = Median(chosen.Select(c => c.MergeThreshold)),
            MergeFitRatio = Median(chosen.Select(c => c.MergeFitRatio)),
            AdoptThreshold = Median(chosen.Select(c => c.AdoptThreshold)),
            ActorWeight = Median(chosen.Select(c => c.ActorWeight)),
            NumberWeight = Median(chosen.Select(c => c.NumberWeight)),
            YearConflictWeight = Median(chosen.Select(c => c.YearConflictWeight)),
        };
        return new StoryThresholdFit(
            median, foldResults,
            foldResults.Average(r => r.HeldOut.BCubedF1),
            foldResults.Average(r => r.HeldOut.AdjustedRandIndex));
    }

    private static IEnumerable<StoryClusteringOptions> Grid() =>
        from joining in JoinThresholds
        from merge in MergeThresholds
        from ratio in MergeFitRatios
        from adopt in AdoptThresholds
        from actor in ActorWeights
        from number in NumberWeights
        from year in YearConflictWeights
        select StoryClusteringOptions.Default with
        {
            JoinThreshold = joining,
            MergeThreshold = merge,
            MergeFitRatio = ratio,
            AdoptThreshold = adopt,
            ActorWeight = actor,
            NumberWeight = number,
            YearConflictWeight = year,
        };

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
