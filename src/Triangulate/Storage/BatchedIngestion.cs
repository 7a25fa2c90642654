using Triangulate.Ingest;

namespace Triangulate.Storage;

/// <summary>
/// Writes ingest outcomes to a store in batches, each batch one transaction: a crash loses at most the batch
/// in flight and the one being read, and a failing batch never harms what earlier batches stored.
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

        // One batch is stored while the next is read: reading runs on every core, storing on one.
        Task inFlight = Task.CompletedTask;
        async Task Flush()
        {
            await inFlight;
            if (batch.Count == 0)
                return;
            var full = batch;
            batch = new List<Article>(batchSize);
            inFlight = Task.Run(async () =>
            {
                var result = await store.AddAsync(full, cancellation);
                added += result.Added;
                alreadyStored += result.AlreadyStored;
            }, cancellation);
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
        await inFlight;
        return new IngestSummary(added, alreadyStored, problems, ids);
    }
}
