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
    private const int RetiredTakenEvery = 1_000;

    public static StoryScaleMeasurement Run(StoryScaleStream stream, int articles)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clusterer = new StoryClusterer();
        var clock = new Stopwatch();
        var sampleEvery = Math.Max(1, articles / MemorySamples);
        long peakLive = 0, peakHeap = 0;
        int added = 0, peakActive = 0, stored = 0;
        foreach (var article in stream.Articles(articles))
        {
            clock.Start();
            clusterer.Add(article);
            clock.Stop();
            added++;
            if (added % RetiredTakenEvery == 0)
            {
                stored += clusterer.TakeRetired().Count;
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
                peakActive = Math.Max(peakActive, clusterer.ActiveStories);
            }
            if (added % sampleEvery == 0)
            {
                peakLive = Math.Max(peakLive, GC.GetTotalMemory(forceFullCollection: true));
            }
        }
        stored += clusterer.TakeRetired().Count;
        var seconds = clock.Elapsed.TotalSeconds;
        return new StoryScaleMeasurement(
            added, seconds, added / Math.Max(seconds, 1e-9), Math.Max(0, peakLive - before), peakHeap,
            clusterer.ActiveStories, Math.Max(peakActive, clusterer.ActiveStories), stored + clusterer.ActiveStories);
    }
}
