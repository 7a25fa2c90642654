using Triangulate.Evaluation.Synthetic;
using Triangulate.Stories;

namespace Triangulate.Evaluation;

/// <summary>
/// The <c>stories</c> evaluation suite: clusters a folder's docs.jsonl with the default settings and scores the
/// clustering against gold.tsv (and gold_topic.tsv when present, with metric names prefixed "topic_").
/// </summary>
public static class StoryEvaluation
{
    /// <summary>Clusters and scores; writes <c>id&lt;TAB&gt;cluster</c> lines (with a header) to <paramref name="predictionsPath"/> when given.</summary>
    public static EvaluationScores Evaluate(string directory, string? predictionsPath)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var articles = EvaluationArticles.Read(Path.Combine(directory, "docs.jsonl")).ToList();
        var predicted = Predictions(StoryClusterer.Cluster(articles));
        if (predictionsPath is not null)
        {
            File.WriteAllLines(predictionsPath, ["id\tcluster", .. predicted.Select(p => $"{p.Key}\t{p.Value}")]);
        }

        var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["documents"] = articles.Count,
            ["clusters"] = predicted.Values.Distinct(StringComparer.Ordinal).Count(),
        };
        var gold = EvaluationArticles.ReadPairs(Path.Combine(directory, "gold.tsv"));
        AddAgreement(metrics, "", ClusteringAgreement.Compare(predicted, gold));
        SyntheticStoryCheck.AddTo(metrics, predicted, gold);
        var topics = Path.Combine(directory, "gold_topic.tsv");
        if (File.Exists(topics))
        {
            AddAgreement(metrics, "topic_", ClusteringAgreement.Compare(predicted, EvaluationArticles.ReadPairs(topics)));
        }
        return new EvaluationScores(metrics);
    }

    /// <summary>Article id → story id, in story order.</summary>
    internal static Dictionary<string, string> Predictions(IEnumerable<Story> stories) =>
        stories.SelectMany(s => s.ArticleIds.Select(a => (Article: a, Story: s.Id)))
            .ToDictionary(p => p.Article, p => p.Story, StringComparer.Ordinal);

    internal static void AddAgreement(Dictionary<string, double> metrics, string prefix, ClusteringAgreement agreement)
    {
        metrics[prefix + "b3_precision"] = agreement.BCubedPrecision;
        metrics[prefix + "b3_recall"] = agreement.BCubedRecall;
        metrics[prefix + "b3_f1"] = agreement.BCubedF1;
        metrics[prefix + "ari"] = agreement.AdjustedRandIndex;
        metrics[prefix + "gold_clusters"] = agreement.GoldClusters;
    }
}
