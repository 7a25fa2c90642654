using System.Diagnostics;
using Triangulate.Stories;

namespace Triangulate.Evaluation;

/// <summary>
/// Clusters a <see cref="StoryScaleStream"/> on one thread, as a long-running service would: retired stories are taken
/// out of the clusterer as they retire (a service would store them), so memory shows what the clusterer keeps.
/// </summary>
public static class StoryScaleBenchmark
{
    private const int MemorySamples = 10;

    // Articles are generated a batch ahead, so the clock and the CPU time cover clustering alone.
    private const int BatchSize = 1_000;

    // A throwaway clusterer takes this many articles first, so the figures are the steady speed, not the JIT compiler's.
    private const int WarmUpArticles = 3_000;

    public static StoryScaleMeasurement Run(StoryScaleStream stream, int articles)
    {
        ArgumentNullException.ThrowIfNull(stream);
        WarmUp(stream);
        using var process = Process.GetCurrentProcess();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clusterer = new StoryClusterer();
        var clock = new Stopwatch();
        var processorTime = TimeSpan.Zero;
        var sampleEvery = Math.Max(BatchSize, articles / MemorySamples);
        long peakLive = 0, peakHeap = 0;
        int added = 0, peakActive = 0, stored = 0;
        foreach (var batch in stream.Articles(articles).Chunk(BatchSize))
        {
            process.Refresh();
            var processorTimeBefore = process.TotalProcessorTime;
            clock.Start();
            foreach (var article in batch)
            {
                clusterer.Add(article);
            }
            clock.Stop();
            process.Refresh();
            processorTime += process.TotalProcessorTime - processorTimeBefore;
            stored += clusterer.TakeRetired().Count;
            peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
            peakActive = Math.Max(peakActive, clusterer.ActiveStories);
            var sampled = added / sampleEvery != (added + batch.Length) / sampleEvery;
            added += batch.Length;
            if (sampled)
            {
                peakLive = Math.Max(peakLive, GC.GetTotalMemory(forceFullCollection: true));
            }
        }
        var seconds = clock.Elapsed.TotalSeconds;
        return new StoryScaleMeasurement(
            added, seconds, processorTime.TotalSeconds, added / Math.Max(processorTime.TotalSeconds, 1e-9),
            Math.Max(0, peakLive - before), peakHeap, clusterer.ActiveStories, peakActive, stored + clusterer.ActiveStories);
    }

    private static void WarmUp(StoryScaleStream stream)
    {
        var clusterer = new StoryClusterer();
        foreach (var article in stream.Articles(WarmUpArticles))
        {
            clusterer.Add(article);
        }
    }
}
