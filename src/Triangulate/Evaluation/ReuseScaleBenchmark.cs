using System.Diagnostics;
using Triangulate.Reuse;

namespace Triangulate.Evaluation;

/// <summary>
/// Runs reuse detection over a <see cref="StoryScaleStream"/> on one thread, as an ingest service would: each article
/// is prepared (sentences, tokens, stems, keys), indexed, and aligned with its candidates. The most recent prepared
/// articles stay in a fixed window (copies mostly follow their source within days); an older candidate's text is
/// generated again, as a service would read it from the store. So memory holds the index and one window, whatever N.
/// </summary>
public static class ReuseScaleBenchmark
{
    /// <summary>Prepared articles kept at hand.</summary>
    public const int Window = 2_000;

    public static ReuseScaleMeasurement Run(StoryScaleStream stream, int articles)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var process = Process.GetCurrentProcess();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var recent = new ArticleSentences[Window];
        long refetched = 0;
        var current = 0;
        var detector = new ReuseDetector(number =>
        {
            if (recent[number % Window] is { } held && number > current - Window)
                return held;
            refetched++;
            return ArticleSentences.Of(stream.At(number));
        });
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
            recent[i % Window] = prepared;
            current = i;
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
        Array.Clear(recent);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(detector);
        return new ReuseScaleMeasurement(articles, clock.Elapsed.TotalSeconds, processorSeconds, articles / Math.Max(processorSeconds, 1e-9),
            preparation.Elapsed.TotalSeconds, detector.CandidatePairs, refetched, sharing, linking, detector.IndexKeys, Math.Max(0, after - before));
    }
}
