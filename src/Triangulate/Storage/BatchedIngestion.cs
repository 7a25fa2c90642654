using Triangulate.Ingest;

namespace Triangulate.Storage;

/// <summary>
/// Writes ingest outcomes to a store in batches, each batch one transaction: a crash loses at most the batch
/// in flight, and a failing batch never harms what earlier batches stored.
/// </summary>
public static class BatchedIngestion
{
    public const int DefaultBatchSize = 500;

    public static async Task<IngestSummary> StoreAsync(
        IEnumerable<IngestOutcome> outcomes,
        IArticleStore store,
        IProgress<IngestProgress>? progress = null,
        int batchSize = DefaultBatchSize,
        CancellationToken cancellation = default)
    {
        var problems = new List<IngestProblem>();
        var ids = new List<string>();
        var batch = new List<Article>(batchSize);
        int added = 0, alreadyStored = 0;

        async Task Flush()
        {
            if (batch.Count == 0)
                return;
            var result = await store.AddAsync(batch, cancellation);
            added += result.Added;
            alreadyStored += result.AlreadyStored;
            batch.Clear();
        }

        foreach (var outcome in outcomes)
        {
            if (outcome.Article is { } article)
            {
                batch.Add(article);
                ids.Add(article.Id);
                if (batch.Count >= batchSize)
                    await Flush();
            }
            else
            {
                problems.Add(outcome.Problem!);
            }
            progress?.Report(new IngestProgress(ids.Count, problems.Count, outcome.Article?.Source ?? outcome.Problem?.Source));
        }
        await Flush();
        return new IngestSummary(added, alreadyStored, problems, ids);
    }
}
