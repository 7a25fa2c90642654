using BenchmarkDotNet.Attributes;
using Triangulate.Evaluation;
using Triangulate.Ingest;

namespace Triangulate.Benchmarks;

/// <summary>
/// <see cref="HtmlExtractor"/> over the 990 pages of the trafilatura evaluation set, one thread. One operation is one
/// pass over all pages, so pages/s = pages / mean. Compare with bench/readability-lxml.py on the same pages.
/// </summary>
[MemoryDiagnoser]
public class HtmlExtractionBenchmark
{
    private List<(string Html, string? Url)> _pages = [];

    [GlobalSetup]
    public void LoadPages()
    {
        var docs = EvaluationFiles.Find(SharedData.Folder("eval/extraction-trafilatura"), "docs.jsonl")!;
        _pages = EvaluationFiles.ReadJsonLines(docs).Select(doc => (doc.OptionalString("html") ?? "", doc.OptionalString("url"))).ToList();
        Console.WriteLine($"HtmlExtractionBenchmark: {_pages.Count} pages, {_pages.Sum(page => (long)page.Html.Length) / 1e6:F1} M characters");
    }

    [Benchmark(Description = "Extract all pages")]
    public int ExtractAllPages()
    {
        var paragraphs = 0;
        foreach (var (html, url) in _pages)
            paragraphs += HtmlExtractor.Extract(html, url).Body.Count;
        return paragraphs;
    }
}
