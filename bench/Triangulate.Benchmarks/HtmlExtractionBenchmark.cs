using BenchmarkDotNet.Attributes;
using Triangulate.Ingest;

namespace Triangulate.Benchmarks;

/// <summary>Pages per second of the HTML extractor on the 990 pages of trafilatura's evaluation set (one operation = all pages, one core).</summary>
[MemoryDiagnoser]
public class HtmlExtractionBenchmark
{
    private IReadOnlyList<string> _pages = [];

    [GlobalSetup]
    public void LoadPages() => _pages = SharedData.Pages("eval/extraction-trafilatura");

    [Benchmark(OperationsPerInvoke = 990)]
    public int ExtractAllPages()
    {
        var paragraphs = 0;
        foreach (var page in _pages)
            paragraphs += HtmlExtractor.Extract(page).Body.Count;
        return paragraphs;
    }
}
