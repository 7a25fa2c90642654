using Triangulate.Facts;
using Triangulate.Events;
using Triangulate.Ingest;
using Triangulate.Reports;
using Triangulate.Storage;
using Triangulate.Stories;

namespace Triangulate.Analysis;

/// <summary>
/// The analysis layer every interface calls: adds inputs to a store and keeps its stored analysis up to date, and
/// answers questions from what is stored (stories, articles with their facts and provenance, actors, claims,
/// search), never by running the stages again.
/// </summary>
public sealed class AnalysedCorpus(IArticleStore store)
{
    public const int StoreBatchSize = BatchedIngestion.DefaultBatchSize;

    public IArticleStore Store => store;

    /// <summary>
    /// Stores the outcomes of reading some inputs (in batches, each one transaction), then analyses what is new and
    /// stores the results. The analysis of a fresh store runs on the articles in memory, without reading them back.
    /// </summary>
    /// <param name="whileStoring">Work on the run (a report, say) done once: while the results are stored when the
    /// analysis is complete in memory (it then needs nothing stored), else after they are.</param>
    public async Task<CorpusRun> AddAsync(IEnumerable<IngestOutcome> outcomes, IProgress<StageProgress>? progress = null, CancellationToken cancellation = default,
        Func<CorpusRun, Task>? whileStoring = null)
    {
        var beside = new StoringCompanion(whileStoring);
        var run = await AddAsync(outcomes, progress, beside, cancellation);
        await beside.FinishAsync(run);
        return run;
    }

    private async Task<CorpusRun> AddAsync(IEnumerable<IngestOutcome> outcomes, IProgress<StageProgress>? progress, StoringCompanion beside, CancellationToken cancellation)
    {
        var timings = new StageTimings();
        var before = await store.AnalysisStateAsync(cancellation);
        var read = new List<Article>();
        var prefetch = new FactsPrefetch();
        IngestSummary summary;
        IReadOnlyDictionary<string, ArticleFacts> readAhead;
        try
        {
            summary = await timings.TimeAsync(AnalysisStage.Ingest, () => BatchedIngestion.StoreAsync(Collect(outcomes, read, prefetch), store,
                new SynchronousProgress<IngestProgress>(p => progress?.Report(new StageProgress(AnalysisStage.Ingest, p.Articles + p.Problems, null))),
                cancellation: cancellation));
        }
        finally
        {
            readAhead = prefetch.Stop();
        }
        var articles = read.DistinctBy(a => a.Id).ToList();
        if (summary.Added == 0 && before is { Version: CorpusAnalysis.Version })
            return new CorpusRun(summary, articles, null, timings.Stages);

        AnalysisUpdate update;
        if (before is { Version: CorpusAnalysis.Version, AnalysedArticles: > 0 })
        {
            update = await UpdateAsync(articles, before, readAhead, timings, progress, cancellation);
        }
        else
        {
            var fresh = before is null && summary.AlreadyStored == 0 && await IsOnly(summary, cancellation);
            update = fresh
                ? await Analyze(articles, 0, timings, progress, cancellation, beside: beside.With(summary, articles, timings), readAhead: readAhead)
                : await AnalyzeStoredAsync(before?.NextStorySequence ?? 0, timings, progress, cancellation);
        }
        return new CorpusRun(summary, articles, update, timings.Stages);
    }

    /// <summary>
    /// Analyses the articles not yet analysed with the stored articles they may change the analysis of
    /// (<see cref="StoryNeighbourhood"/>) and replaces the stored analysis of those alone: the rest of the store keeps
    /// its stories, facts and ids.
    /// </summary>
    private async Task<AnalysisUpdate> UpdateAsync(IReadOnlyList<Article> read, AnalysisState state, IReadOnlyDictionary<string, ArticleFacts> readAhead, StageTimings timings,
        IProgress<StageProgress>? progress, CancellationToken cancellation)
    {
        var (added, storyOf) = await timings.TimeAsync(AnalysisStage.Neighbourhood, async () =>
        {
            progress?.Report(new StageProgress(AnalysisStage.Neighbourhood, 0, null));
            var pending = (await store.UnanalysedArticleIdsAsync(cancellation)).ToHashSet(StringComparer.Ordinal);
            var inMemory = read.Where(a => pending.Contains(a.Id)).ToList();
            var added = inMemory.Count == pending.Count ? inMemory : await store.ArticlesAsync(pending, cancellation);
            return (added, await StoryNeighbourhood.FindAsync(store, added, cancellation: cancellation));
        });
        if (added.Count == 0)
            return new AnalysisUpdate([], [], [], [], [], state.NextStorySequence);
        // A neighbourhood of half the store costs about what the whole store costs, and the whole gives the stories one pass gives.
        if (storyOf.Count * 2 >= state.AnalysedArticles)
            return await AnalyzeStoredAsync(state.NextStorySequence, timings, progress, cancellation);
        var neighbours = await timings.TimeAsync(AnalysisStage.Neighbourhood, () => store.ArticlesAsync([.. storyOf.Keys], cancellation));

        var analysis = new CorpusAnalysis(firstStorySequence: state.NextStorySequence, storedStoryOf: storyOf,
            storedFrequencies: await store.StoryFrequenciesAsync(cancellation)) { ReadAhead = readAhead };
        var update = analysis.Add([.. neighbours, .. added], progress);
        foreach (var (stage, time) in analysis.Timings.Stages)
            timings.Add(stage, time);

        update = await timings.TimeAsync(AnalysisStage.Actors, async () =>
        {
            var storedMentions = await store.MentionsInAsync(update.Scope, cancellation);
            var names = update.Actors.SelectMany(a => a.Aliases.Select(n => n.Name)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var storedActors = (await store.ActorsWithNamesAsync(names, cancellation)).ToList();
            foreach (var id in storedMentions.Select(m => m.Actor).Distinct(StringComparer.Ordinal).Where(id => storedActors.All(a => a.Id != id)))
            {
                if (await store.ActorAsync(id, cancellation) is { } actor)
                    storedActors.Add(actor);
            }
            return StoredActorMerge.Apply(update, storedActors, storedMentions);
        });
        progress?.Report(new StageProgress(AnalysisStage.Store, 0, null));
        await timings.TimeAsync(AnalysisStage.Store, () => store.SaveAnalysisAsync(update, cancellation));
        return update;
    }

    /// <summary>Analyses every stored article afresh and replaces the stored analysis (after an upgrade, say); stories
    /// that come out much as they were keep their ids.</summary>
    public async Task<CorpusRun> ReanalyzeAsync(IProgress<StageProgress>? progress = null, CancellationToken cancellation = default)
    {
        var timings = new StageTimings();
        var articles = await timings.TimeAsync(AnalysisStage.Ingest, () => AllStored(cancellation));
        var next = (await store.AnalysisStateAsync(cancellation))?.NextStorySequence ?? 0;
        var update = await Analyze(articles, next, timings, progress, cancellation, await StoredStoriesAsync(cancellation));
        return new CorpusRun(new IngestSummary(0, articles.Count, [], [.. articles.Select(a => a.Id)]), articles, update, timings.Stages);
    }

    /// <summary>Every stored article analysed afresh, the stored stories keeping their ids.</summary>
    private async Task<AnalysisUpdate> AnalyzeStoredAsync(int firstStorySequence, StageTimings timings, IProgress<StageProgress>? progress, CancellationToken cancellation) =>
        await Analyze(await AllStored(cancellation), firstStorySequence, timings, progress, cancellation, await StoredStoriesAsync(cancellation));

    /// <param name="firstStorySequence">The store's next story sequence (0 for a store never analysed).</param>
    /// <param name="storedStoryOf">The stored story of each article, whose id the story holding most of it keeps.</param>
    /// <param name="beside">Work to run while the results are stored.</param>
    /// <param name="readAhead">Facts of some of the articles, read while they were stored.</param>
    private async Task<AnalysisUpdate> Analyze(IReadOnlyList<Article> articles, int firstStorySequence, StageTimings timings, IProgress<StageProgress>? progress,
        CancellationToken cancellation, IReadOnlyDictionary<string, string>? storedStoryOf = null, Func<AnalysisUpdate, Task>? beside = null,
        IReadOnlyDictionary<string, ArticleFacts>? readAhead = null)
    {
        var analysis = new CorpusAnalysis(firstStorySequence: firstStorySequence, storedStoryOf: storedStoryOf) { ReadAhead = readAhead };
        var update = analysis.Add(articles, progress) with { Complete = true };
        foreach (var (stage, time) in analysis.Timings.Stages)
            timings.Add(stage, time);
        progress?.Report(new StageProgress(AnalysisStage.Store, 0, null));
        // SQLite stores synchronously, so the store gets a thread of its own for the work beside it to run at all.
        var storing = beside is null
            ? timings.TimeAsync(AnalysisStage.Store, () => store.SaveAnalysisAsync(update, cancellation))
            : Task.Run(() => timings.TimeAsync(AnalysisStage.Store, () => store.SaveAnalysisAsync(update, cancellation)), cancellation);
        await Task.WhenAll(storing, beside?.Invoke(update) ?? Task.CompletedTask);
        return update;
    }

    /// <summary>The stories holding these articles, in storing order of their first article; from a complete update when there is one.</summary>
    public async Task<IReadOnlyList<StoryView>> StoriesOfAsync(IReadOnlyList<Article> articles, AnalysisUpdate? update, CancellationToken cancellation = default)
    {
        var ids = articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        if (update is { Complete: true })
            return update.Stories.Where(s => s.ArticleIds.Any(ids.Contains)).ToList();
        return await store.StoriesOfAsync(ids, cancellation);
    }

    /// <summary>
    /// The report (DESIGN.md's schema) on some articles: those articles, their stories with each story's events, claims
    /// and attributions, and every actor; from a complete update when there is one, else from the store.
    /// </summary>
    public async Task<Report> ReportAsync(IReadOnlyList<Article> articles, IReadOnlyList<StoryView> stories, AnalysisUpdate? update, CancellationToken cancellation = default)
    {
        var ids = articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var storyIds = stories.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var whole = update is { Complete: true } ? update : null;
        var actors = whole?.Actors ?? await AllPages((page, size) => store.ActorsAsync(page, size, cancellation));
        IReadOnlyList<EventView> events;
        if (whole is not null)
        {
            events = [.. whole.Events.Where(e => storyIds.Contains(e.Story))];
        }
        else
        {
            var stored = new List<EventView>();
            foreach (var story in stories)
                stored.AddRange(await AllPages((page, size) => store.EventsAsync(new EventQuery(Story: story.Id, Page: page, Size: size), cancellation)));
            events = stored;
        }
        var claims = whole is not null ? [.. whole.ClaimFacts.Where(c => c.Articles.Any(ids.Contains))] : await store.ClaimFactsOfAsync(ids, cancellation);
        var attributions = whole is not null ? [.. whole.Attributions.Where(a => ids.Contains(a.Article))] : await store.AttributionsOfAsync(ids, cancellation);
        return ReportBuilder.Build(articles, [.. stories.Select(s => s.ToReport())], actors, events, claims, attributions);
    }

    /// <summary>Every item of a paged read, page after page: for callers that need the whole list at once.</summary>
    public static async Task<IReadOnlyList<T>> AllPages<T>(Func<int, int, Task<Page<T>>> read, int size = 1000)
    {
        var all = new List<T>();
        for (var number = 1; ; number++)
        {
            var page = await read(number, size);
            all.AddRange(page.Items);
            if (all.Count >= page.Total || page.Items.Count == 0)
                return all;
        }
    }

    private static IEnumerable<IngestOutcome> Collect(IEnumerable<IngestOutcome> outcomes, List<Article> articles, FactsPrefetch prefetch)
    {
        foreach (var outcome in outcomes)
        {
            if (outcome.Article is { } article)
            {
                articles.Add(article);
                prefetch.Offer(article);
                StoryClusterer.PrepareFor(article);
            }
            yield return outcome;
        }
    }

    /// <summary>Whether the store holds only what this run added.</summary>
    private async Task<bool> IsOnly(IngestSummary summary, CancellationToken cancellation) =>
        (await store.ArticleCountAsync(cancellation)) == summary.Added;

    private async Task<Dictionary<string, string>> StoredStoriesAsync(CancellationToken cancellation) =>
        (await store.StoryMembersAsync(null, null, cancellation)).ToDictionary(m => m.Article, m => m.Story, StringComparer.Ordinal);

    private Task<IReadOnlyList<Article>> AllStored(CancellationToken cancellation) =>
        AllPages((page, size) => store.ArticlesAsync(page, size, cancellation), StoreBatchSize * 10);
}
