namespace Triangulate.Ingest;

/// <summary>
/// The ingest stage: reads paths into documents and extracts an article from each, in parallel but in input order.
/// A document that fails extraction becomes a problem naming it; it never stops the rest. The clock bounds the year
/// of weekday dates in texts nothing else dates; callers at the edge pass it (the CLI passes the system clock).
/// </summary>
public sealed class Ingestor(ReaderOptions options, TimeProvider clock)
{
    public IEnumerable<IngestOutcome> Ingest(IReadOnlyList<string> paths, int degreeOfParallelism = 0)
    {
        var items = new SourceReader(options).Read(paths);
        if (degreeOfParallelism == 1)
            return items.Select(ExtractOne);
        return items
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(degreeOfParallelism > 0 ? degreeOfParallelism : Environment.ProcessorCount)
            .Select(ExtractOne);
    }

    /// <summary>Extracts the articles of items already read (an upload held in memory), one after another.</summary>
    public IEnumerable<IngestOutcome> Ingest(IEnumerable<SourceItem> items) => items.Select(ExtractOne);

    private IngestOutcome ExtractOne(SourceItem item)
    {
        if (item.Document is not { } document)
            return IngestOutcome.Of(item.Problem!);
        try
        {
            return IngestOutcome.Of(ArticleExtractor.Extract(document, clock));
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return IngestOutcome.Of(new IngestProblem(document.Source, $"could not extract an article: {error.Message}"));
        }
    }
}
