using System.Diagnostics;
using Triangulate.Analysis;
using Triangulate.Ingest;
using Triangulate.Storage;

namespace Triangulate.Evaluation;

/// <summary>
/// The <c>later-ingest</c> evaluation suite: how far a store fed in batches agrees with one analysed in a single pass.
/// The folder's docs.jsonl (or .gz) is analysed whole into one store; into another its first part is analysed, then the last
/// <see cref="LaterShare"/> of it arrives in <see cref="LaterBatches"/> later ingests, each analysing only the stored
/// stories its articles may join. Scores the agreement of the two stores' stories (B-cubed, adjusted Rand), of their
/// provenance origins, their times and how many stored articles each later article had analysed again; with a gold.tsv,
/// both stores' stories against it.
/// </summary>
public static class LaterIngestEvaluation
{
    public const double LaterShare = 0.05;
    public const int LaterBatches = 5;

    /// <summary>Scores; writes <c>id&lt;TAB&gt;story</c> lines of the batch-fed store to <paramref name="predictionsPath"/> when given.</summary>
    public static EvaluationScores Evaluate(string directory, string? predictionsPath) =>
        EvaluateAsync(directory, predictionsPath).GetAwaiter().GetResult();

    private static async Task<EvaluationScores> EvaluateAsync(string directory, string? predictionsPath)
    {
        var docs = EvaluationFiles.Find(directory, "docs.jsonl") ?? throw new FileNotFoundException("No docs.jsonl (or .gz) in " + directory);
        var articles = EvaluationArticles.Read(docs).DistinctBy(a => a.Id).ToList();
        var first = articles.Count - Math.Max(LaterBatches, (int)(articles.Count * LaterShare));
        var folder = Directory.CreateTempSubdirectory("triangulate-later-").FullName;
        try
        {
            using var whole = ArticleStores.Open(Path.Combine(folder, "whole.db"));
            var wholeTime = Stopwatch.StartNew();
            await new AnalysedCorpus(whole).AddAsync(articles.Select(IngestOutcome.Of));
            wholeTime.Stop();

            using var stepwise = ArticleStores.Open(Path.Combine(folder, "stepwise.db"));
            var corpus = new AnalysedCorpus(stepwise);
            var firstTime = Stopwatch.StartNew();
            await corpus.AddAsync(articles.Take(first).Select(IngestOutcome.Of));
            firstTime.Stop();
            var later = articles.Skip(first).ToList();
            var laterTime = Stopwatch.StartNew();
            var revisited = 0;
            foreach (var batch in later.Chunk((later.Count + LaterBatches - 1) / LaterBatches))
            {
                var run = await corpus.AddAsync(batch.Select(IngestOutcome.Of));
                revisited += (run.Update?.Scope.Count ?? 0) - batch.Length;
            }
            laterTime.Stop();

            var wholeStories = await StoryOf(whole);
            var stepwiseStories = await StoryOf(stepwise);
            if (predictionsPath is not null)
                File.WriteAllLines(predictionsPath, ["id\tstory", .. stepwiseStories.Select(p => $"{p.Key}\t{p.Value}")]);
            var all = ClusteringAgreement.Compare(stepwiseStories, wholeStories);
            var ofLater = ClusteringAgreement.Compare(stepwiseStories, wholeStories, [.. later.Select(a => a.Id)]);
            var ids = articles.Select(a => a.Id).ToList();
            var wholeOrigins = await OriginOf(whole, ids);
            var stepwiseOrigins = await OriginOf(stepwise, ids);
            var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["documents"] = articles.Count,
                ["later_documents"] = later.Count,
                ["later_batches"] = LaterBatches,
                ["bcubed_f1"] = all.BCubedF1,
                ["ari"] = all.AdjustedRandIndex,
                ["later_bcubed_f1"] = ofLater.BCubedF1,
                ["stories_whole"] = all.GoldClusters,
                ["stories_stepwise"] = all.PredictedClusters,
                ["same_origin"] = ids.Count(id => wholeOrigins.GetValueOrDefault(id) == stepwiseOrigins.GetValueOrDefault(id)) / (double)ids.Count,
                ["whole_seconds"] = wholeTime.Elapsed.TotalSeconds,
                ["first_part_seconds"] = firstTime.Elapsed.TotalSeconds,
                ["later_seconds"] = laterTime.Elapsed.TotalSeconds,
                ["revisited_per_later_document"] = revisited / (double)later.Count,
            };
            var goldPath = Path.Combine(directory, "gold.tsv");
            if (File.Exists(goldPath))
            {
                var gold = EvaluationArticles.ReadPairs(goldPath);
                metrics["gold_bcubed_f1_whole"] = ClusteringAgreement.Compare(wholeStories, gold).BCubedF1;
                metrics["gold_bcubed_f1_stepwise"] = ClusteringAgreement.Compare(stepwiseStories, gold).BCubedF1;
            }
            return new EvaluationScores(metrics);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<Dictionary<string, string>> StoryOf(IArticleStore store) =>
        (await AnalysedCorpus.AllPages((page, size) => store.StoriesAsync(new StoryQuery(Page: page, Size: size))))
            .SelectMany(story => story.ArticleIds.Select(article => (Article: article, Story: story.Id)))
            .ToDictionary(m => m.Article, m => m.Story, StringComparer.Ordinal);

    /// <summary>The origin article (or origin name) of each article's provenance group; articles in no group are left out.</summary>
    private static async Task<Dictionary<string, string>> OriginOf(IArticleStore store, IReadOnlyList<string> ids)
    {
        var origins = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (await store.GroupOfAsync(id) is { } group)
                origins[id] = group.Origin.Article ?? group.Origin.Name;
        }
        return origins;
    }
}
