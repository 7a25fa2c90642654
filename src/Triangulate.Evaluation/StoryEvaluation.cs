using Triangulate.Evaluation.Synthetic;
using Triangulate.Evaluation.Synthetic.Pages;
using Triangulate.Stories;

namespace Triangulate.Evaluation;

/// <summary>
/// The <c>stories</c> evaluation suite: clusters a folder's docs.jsonl with the default settings and scores the
/// clustering against gold.tsv (and gold_topic.tsv when present, with metric names prefixed "topic_"). A page corpus
/// (`synth --pages`) is read from its HTML and feeds, and also scored on each half of its templates ("fit_", "heldout_").
/// </summary>
public static class StoryEvaluation
{
    /// <summary>Clusters and scores; writes <c>id&lt;TAB&gt;cluster</c> lines (with a header) to <paramref name="predictionsPath"/> when given.</summary>
    public static EvaluationScores Evaluate(string directory, string? predictionsPath)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var pages = PageCorpusReader.IsPageCorpus(directory) ? PageCorpusReader.Read(directory) : null;
        var articles = pages?.Articles ?? EvaluationArticles.Read(Path.Combine(directory, "docs.jsonl")).ToList();
        var predicted = Predictions(StoryClusterer.Cluster(articles));
        if (pages is not null)
            predicted = predicted.ToDictionary(p => pages.GoldOf[p.Key].Id, p => p.Value, StringComparer.Ordinal);
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
        if (pages is not null)
        {
            foreach (var (half, prefix) in new[] { (PageHalf.Fit, "fit_"), (PageHalf.HeldOut, "heldout_") })
            {
                var inHalf = pages.GoldOf.Values.Where(g => g.Half == half).Select(g => g.Id).ToList();
                AddAgreement(metrics, prefix, ClusteringAgreement.Compare(predicted, gold, inHalf));
                AddHeadlinesJoined(metrics, prefix, predicted, pages.GoldOf.Values.ToList(), half);
            }
        }
        var topics = Path.Combine(directory, "gold_topic.tsv");
        if (File.Exists(topics))
        {
            AddAgreement(metrics, "topic_", ClusteringAgreement.Compare(predicted, EvaluationArticles.ReadPairs(topics)));
        }
        return new EvaluationScores(metrics);
    }

    /// <summary>The share of headline-only feed items placed in a story with a page of their own story.</summary>
    private static void AddHeadlinesJoined(Dictionary<string, double> metrics, string prefix, Dictionary<string, string> predicted, IReadOnlyList<PageGold> gold, PageHalf half)
    {
        var pagesOf = gold.Where(g => g.Kind != "headline").ToLookup(g => g.Story, g => g.Id, StringComparer.Ordinal);
        var headlines = gold.Where(g => g.Kind == "headline" && g.Half == half).ToList();
        var joined = headlines.Count(h => predicted.TryGetValue(h.Id, out var story) && pagesOf[h.Story].Any(p => predicted.GetValueOrDefault(p) == story));
        metrics[prefix + "headlines"] = headlines.Count;
        metrics[prefix + "headlines_joined"] = headlines.Count == 0 ? 0 : (double)joined / headlines.Count;
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
