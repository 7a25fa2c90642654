using System.Diagnostics;
using Triangulate.Reuse;

namespace Triangulate.Evaluation;

/// <summary>
/// Runs reuse detection over a <see cref="StoryScaleStream"/> on one thread, as an ingest service would: each article
/// is prepared (sentences, tokens, stems, keys), indexed, and its candidates checked; a candidate that may share text
/// is generated and prepared again, as a service would read it from the store. So memory holds the index, the
/// detector's fixed window of recent sentence keys and the bounded stem cache, whatever N.
/// </summary>
public static class ReuseScaleBenchmark
{
    public static ReuseScaleMeasurement Run(StoryScaleStream stream, int articles)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var process = Process.GetCurrentProcess();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var detector = new ReuseDetector(number => ArticleSentences.Of(stream.At(number)));
        var preparation = new Stopwatch();
        var clock = Stopwatch.StartNew();
        var processorBefore = process.TotalProcessorTime;
        long sharing = 0, linking = 0;
        for (var i = 0; i < articles; i++)
        {
            var article = stream.At(i);
            preparation.Start();
            var prepared = ArticleSentences.Of(article);
            preparation.Stop();
            foreach (var reuse in detector.Add(prepared))
            {
                sharing++;
                if (ProvenanceAnalyzer.Links(reuse))
                    linking++;
            }
        }
        clock.Stop();
        process.Refresh();
        var processorSeconds = (process.TotalProcessorTime - processorBefore).TotalSeconds;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(detector);
        return new ReuseScaleMeasurement(articles, clock.Elapsed.TotalSeconds, processorSeconds, articles / Math.Max(processorSeconds, 1e-9),
            preparation.Elapsed.TotalSeconds, detector.CandidatePairs, detector.FetchedCandidates, sharing, linking, detector.IndexKeys, detector.IndexBytes, Math.Max(0, after - before));
    }
}
