using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Triangulate.Evaluation;
using Triangulate.Ingest;
using Triangulate.Stories;

namespace Triangulate.Benchmarks;

/// <summary>
/// Story clustering throughput on Reuters-21578 articles from ../shared/corpus (articles per second = Articles / mean time).
/// Streams longer than the corpus repeat it, each pass shifted 400 days later so earlier stories retire as they would
/// in a real stream. Run: dotnet run -c Release --project bench/Triangulate.Benchmarks -- --filter *StoryClustering*
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class StoryClusteringBenchmark
{
    private const string CorpusFile = "shared/corpus/reuters21578/docs.jsonl.gz";
    private static readonly TimeSpan PassShift = TimeSpan.FromDays(400);

    private List<Article> articles = [];

    [Params(10_000, 50_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var corpus = FindCorpus();
        if (corpus is null)
        {
            Console.WriteLine($"Skipping: {CorpusFile} not found in any parent folder of {Directory.GetCurrentDirectory()}.");
            return;
        }
        var source = EvaluationArticles.Read(corpus).Where(a => a.Body.Count > 0).ToList();
        articles = [.. Enumerable.Range(0, Articles).Select(i => Shifted(source[i % source.Count], i / source.Count))];
    }

    [Benchmark]
    public int Incremental()
    {
        var clusterer = new StoryClusterer();
        foreach (var article in articles)
        {
            clusterer.Add(article);
        }
        return clusterer.Stories.Count;
    }

    private static Article Shifted(Article article, int pass) =>
        pass == 0 ? article : article with
        {
            Id = $"{article.Id}#{pass}",
            Published = article.Published is { } published ? published with { Value = published.Value + pass * PassShift } : null,
        };

    private static string? FindCorpus()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, CorpusFile);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
