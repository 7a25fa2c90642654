using System.IO.Compression;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Triangulate.Ingest;

namespace Triangulate.Benchmarks;

/// <summary>
/// <see cref="HtmlExtractor"/> over the 990 pages of the trafilatura evaluation set, one thread. One operation is one
/// pass over all pages, so pages/s = pages / mean. Compare with bench/readability-lxml.py on the same pages.
/// </summary>
[MemoryDiagnoser]
public class HtmlExtractionBenchmark
{
    private const string PagesPath = "shared/eval/extraction-trafilatura/docs.jsonl.gz";
    private List<(string Html, string? Url)> pages = [];

    [GlobalSetup]
    public void LoadPages()
    {
        var file = FindPages();
        if (file is null)
        {
            Console.WriteLine($"HtmlExtractionBenchmark: {PagesPath} not found above {Environment.CurrentDirectory}; nothing to measure.");
            return;
        }
        using var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            pages.Add((json.RootElement.GetProperty("html").GetString() ?? "", json.RootElement.GetProperty("url").GetString()));
        }
        Console.WriteLine($"HtmlExtractionBenchmark: {pages.Count} pages, {pages.Sum(page => (long)page.Html.Length) / 1e6:F1} M characters from {file}");
    }

    [Benchmark(Description = "Extract all pages")]
    public int ExtractAllPages()
    {
        var paragraphs = 0;
        foreach (var (html, url) in pages)
        {
            paragraphs += HtmlExtractor.Extract(html, url).Body.Count;
        }
        return paragraphs;
    }

    private static string? FindPages()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, PagesPath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
