namespace Triangulate.Evaluation;

/// <summary>One run of the story clustering scale benchmark.</summary>
/// <param name="Seconds">Wall-clock time spent clustering (after a warm-up; the stream's generation excluded).</param>
/// <param name="ProcessorSeconds">Processor time of the process while clustering (garbage collection included): on a
/// busy machine this, not the wall clock, is what one core spent.</param>
/// <param name="ArticlesPerSecond">Articles per second of processor time: the throughput of one core.</param>
/// <param name="PeakClustererBytes">The largest live managed memory after a full collection, sampled at tenths of the
/// run, less what was live before the first article (the loaded corpus): the clusterer's own state.</param>
/// <param name="PeakHeapBytes">The largest managed heap seen between collections, garbage included.</param>
/// <param name="ActiveStories">Stories still in the clusterer's index at the end.</param>
/// <param name="PeakActiveStories">The most stories in the index at any sample.</param>
/// <param name="Stories">Every story founded and kept, retired or active.</param>
public sealed record StoryScaleMeasurement(
    int Articles,
    double Seconds,
    double ProcessorSeconds,
    double ArticlesPerSecond,
    long PeakClustererBytes,
    long PeakHeapBytes,
    int ActiveStories,
    int PeakActiveStories,
    int Stories);
