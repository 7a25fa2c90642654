namespace Triangulate.Evaluation;

/// <summary>What one run of the reuse scale benchmark measured.</summary>
/// <param name="GenerationSeconds">Time spent making the stream's articles (new ones and candidates fetched again): the stand-in for a store read.</param>
/// <param name="ReuseSeconds">The rest of the clock: preparing sentences, the index, checking, fetching and aligning candidates (one thread).</param>
/// <param name="ArticlesPerSecond">Articles through reuse detection per second of <paramref name="ReuseSeconds"/>.</param>
/// <param name="CandidatePairs">Pairs that met in the index and were checked.</param>
/// <param name="FetchedCandidates">Candidates whose text was generated and prepared again (a store read in a service).</param>
/// <param name="SharingPairs">Pairs that share at least one aligned sentence.</param>
/// <param name="LinkingPairs">Pairs that share enough to put two articles in one provenance group.</param>
/// <param name="IndexBytes">Bytes of the sentence index's arrays (<see cref="Reuse.CandidateIndex.Bytes"/>).</param>
/// <param name="KeptBytes">Managed memory still held after the run, measured after a full collection: the index, the
/// detector's fixed window of recent sentence keys and the bounded stem cache.</param>
public sealed record ReuseScaleMeasurement(
    int Articles,
    double Seconds,
    double ProcessorSeconds,
    double GenerationSeconds,
    double ReuseSeconds,
    double ArticlesPerSecond,
    double PreparationSeconds,
    long CandidatePairs,
    long FetchedCandidates,
    long SharingPairs,
    long LinkingPairs,
    int IndexKeys,
    long IndexBytes,
    long KeptBytes)
{
    public double IndexBytesPerArticle => Articles == 0 ? 0 : (double)IndexBytes / Articles;

    public double KeptBytesPerArticle => Articles == 0 ? 0 : (double)KeptBytes / Articles;
}
