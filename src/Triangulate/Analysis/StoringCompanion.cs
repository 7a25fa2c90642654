namespace Triangulate.Analysis;

/// <summary>
/// A caller's work on a run that may go on while the run's results are stored (<see cref="AnalysedCorpus.AddAsync"/>):
/// started beside the store when the run's analysis is complete in memory, else after the store; done once either way.
/// </summary>
internal sealed class StoringCompanion(Func<CorpusRun, Task>? work)
{
    private bool _started;

    /// <summary>The work as the analysis starts it beside the store, given what the run has read and stored so far.</summary>
    public Func<AnalysisUpdate, Task>? With(Storage.IngestSummary summary, IReadOnlyList<Article> articles, StageTimings timings) =>
        work is null ? null : update =>
        {
            _started = true;
            return work(new CorpusRun(summary, articles, update, timings.Stages));
        };

    /// <summary>Does the work after the store when nothing started it beside.</summary>
    public Task FinishAsync(CorpusRun run) => work is null || _started ? Task.CompletedTask : work(run);
}
