using System.Diagnostics;
using Triangulate.Reuse;

namespace Triangulate.Evaluation;

/// <summary>
/// Runs reuse detection over a <see cref="PermutedCorpusStream"/> on one thread, as an ingest service would: each article
/// is prepared (sentences, tokens, stems, keys), indexed, and its candidates checked; a candidate that may share text
/// is generated and prepared again, as a service would read it from the store. So memory holds the index, the
/// detector's fixed window of recent sentence keys and the bounded stem cache, whatever N.
/// </summary>
public static class ReuseScaleBenchmark
{
    public static ReuseScaleMeasurement Run(PermutedCorpusStream stream, int articles)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var process = Process.GetCurrentProcess();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        // Generating an article (the stream's word permutation) stands in for reading it and is not reuse work: its
        // time is kept apart, for new articles and for candidates fetched again alike.
        var generation = new Stopwatch();
        Article Generate(int index)
        {
            generation.Start();
            var article = stream.At(index);
            generation.Stop();
            return article;
        }
        var detector = new ReuseDetector(number => ArticleSentences.Of(Generate(number)));
        var preparation = new Stopwatch();
        var clock = Stopwatch.StartNew();
        var processorBefore = process.TotalProcessorTime;
        long sharing = 0, linking = 0;
        for (var i = 0; i < articles; i++)
        {
            var article = Generate(i);
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
        var reuseSeconds = clock.Elapsed.TotalSeconds - generation.Elapsed.TotalSeconds;
        return new ReuseScaleMeasurement(articles, clock.Elapsed.TotalSeconds, processorSeconds, generation.Elapsed.TotalSeconds, reuseSeconds,
            articles / Math.Max(reuseSeconds, 1e-9),
            preparation.Elapsed.TotalSeconds, detector.CandidatePairs, detector.FetchedCandidates, sharing, linking, detector.IndexKeys, detector.IndexBytes, Math.Max(0, after - before));
    }
}
