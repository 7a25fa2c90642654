using Triangulate.Stories;

namespace Triangulate.Evaluation;

/// <summary>
/// Chooses the story clusterer's thresholds and weights by k-fold cross-validation across one or more evaluation
/// folders at once, so that one set of defaults serves them all. In each folder the folding unit is a topic
/// (gold_topic.tsv) or, without topics, a gold story; units are dealt to folds in sorted order. For each fold the grid
/// point with the best mean B-cubed F1 over the folders' training articles (the other folds) is scored on each
/// folder's held-out articles. Clustering is unsupervised, so each grid point clusters every document once and is
/// scored on each subset; the gold of a held-out fold never influences its settings.
/// </summary>
public static class StoryThresholdFitter
{
    private static readonly double[] JoinThresholds = [0.2, 0.3];
    private static readonly double[] MergeThresholds = [0.4, 0.5];
    private static readonly double[] ActorWeights = [0.15, 0.3];
    private static readonly double[] MemberFitFloors = [0.1, 0.15, 0.2];
    private static readonly double[] ShortTextExponents = [0.3, 0.5];
    private static readonly double[] NumberConflictWeights = [0, 2, 4];
    private static readonly double[] MeaningWeights = [1, 2, 3, 4];
    private static readonly double[] MeaningOffsets = [0.1, 0.15, 0.2, 0.25, 0.3];

    /// <summary>Fits on the folders' docs.jsonl and gold.tsv (and gold_topic.tsv where present).</summary>
    /// <param name="meaningOnly">Fit only the sentence-embedding weight and offset, the other settings at their defaults.</param>
    public static StoryThresholdFit Fit(IReadOnlyList<string> directories, int folds = 5, bool meaningOnly = false)
    {
        ArgumentNullException.ThrowIfNull(directories);
        ArgumentOutOfRangeException.ThrowIfZero(directories.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var sets = directories.Select(d => FoldedSet.Read(d, folds)).ToList();

        var results = (meaningOnly ? MeaningGrid() : Grid()).AsParallel().AsOrdered().Select(options =>
        {
            var scores = sets.Select(set =>
            {
                var predicted = StoryEvaluation.Predictions(StoryClusterer.Cluster(set.Features, options));
                return (Training: set.Training.Select(items => ClusteringAgreement.Compare(predicted, set.Gold, items).BCubedF1).ToList(),
                    HeldOut: set.HeldOut.Select(items => ClusteringAgreement.Compare(predicted, set.Gold, items)).ToList());
            }).ToList();
            return (Options: options, Scores: scores);
        }).ToList();

        var foldResults = Enumerable.Range(0, folds).Select(f =>
        {
            var best = results.MaxBy(r => r.Scores.Average(s => s.Training[f]));
            return new StoryFoldResult(
                f, [.. sets.SelectMany(s => s.FoldUnits[f])], best.Options, best.Scores.Average(s => s.Training[f]),
                [.. best.Scores.Select(s => s.HeldOut[f])]);
        }).ToList();

        var chosen = foldResults.Select(r => r.Chosen).ToList();
        var median = StoryClusteringOptions.Default with
        {
            JoinThreshold = Median(chosen.Select(c => c.JoinThreshold)),
            MergeThreshold = Median(chosen.Select(c => c.MergeThreshold)),
            ActorWeight = Median(chosen.Select(c => c.ActorWeight)),
            MemberFitFloor = Median(chosen.Select(c => c.MemberFitFloor)),
            ShortTextExponent = Median(chosen.Select(c => c.ShortTextExponent)),
            NumberConflictWeight = Median(chosen.Select(c => c.NumberConflictWeight)),
            MeaningWeight = Median(chosen.Select(c => c.MeaningWeight)),
            MeaningOffset = Median(chosen.Select(c => c.MeaningOffset)),
        };
        return new StoryThresholdFit(
            median, foldResults,
            [.. sets.Select((set, i) => new StorySetScore(
                set.Name,
                foldResults.Average(r => r.HeldOut[i].BCubedF1),
                foldResults.Average(r => r.HeldOut[i].AdjustedRandIndex)))]);
    }

    private static IEnumerable<StoryClusteringOptions> Grid() =>
        from joining in JoinThresholds
        from merge in MergeThresholds
        from actor in ActorWeights
        from floor in MemberFitFloors
        from exponent in ShortTextExponents
        from conflict in NumberConflictWeights
        select StoryClusteringOptions.Default with
        {
            JoinThreshold = joining,
            MergeThreshold = merge,
            ActorWeight = actor,
            MemberFitFloor = floor,
            ShortTextExponent = exponent,
            NumberConflictWeight = conflict,
        };

    private static IEnumerable<StoryClusteringOptions> MeaningGrid() =>
        from weight in MeaningWeights
        from offset in MeaningOffsets
        select StoryClusteringOptions.Default with { MeaningWeight = weight, MeaningOffset = offset };

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>One folder's features and gold, with the articles of each fold held out and of the others for training.</summary>
    private sealed record FoldedSet(
        string Name,
        IReadOnlyList<StoryFeatures> Features,
        IReadOnlyDictionary<string, string> Gold,
        IReadOnlyList<IReadOnlyList<string>> FoldUnits,
        IReadOnlyList<List<string>> HeldOut,
        IReadOnlyList<List<string>> Training)
    {
        public static FoldedSet Read(string directory, int folds)
        {
            var extractor = StoryClusterer.Extractor();
            var features = EvaluationArticles.Read(Path.Combine(directory, "docs.jsonl")).Select(extractor.Extract).ToList();
            var gold = EvaluationArticles.ReadPairs(Path.Combine(directory, "gold.tsv"));
            var topics = Path.Combine(directory, "gold_topic.tsv");
            var unitOf = File.Exists(topics) ? EvaluationArticles.ReadPairs(topics) : gold;
            var units = unitOf.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var foldUnits = Enumerable.Range(0, folds)
                .Select(f => units.Where((_, i) => i % folds == f).ToHashSet(StringComparer.Ordinal))
                .ToList();
            return new FoldedSet(
                Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory))),
                features, gold,
                [.. foldUnits.Select(u => (IReadOnlyList<string>)[.. u.Order(StringComparer.Ordinal)])],
                [.. foldUnits.Select(u => gold.Keys.Where(id => u.Contains(unitOf[id])).ToList())],
                [.. foldUnits.Select(u => gold.Keys.Where(id => !u.Contains(unitOf[id])).ToList())]);
        }
    }
}
