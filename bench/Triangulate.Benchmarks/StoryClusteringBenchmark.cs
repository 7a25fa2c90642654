using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Triangulate.Evaluation;
using Triangulate.Stories;

namespace Triangulate.Benchmarks;

/// <summary>
/// Story clustering throughput on the <see cref="StoryScaleStream"/> of ../shared/corpus (BBC and Reuters-21578
/// articles; articles per second = Articles / mean time). Longer runs and memory: <c>triangulate bench stories</c>.
/// Run: dotnet run -c Release --project bench/Triangulate.Benchmarks -- --filter *StoryClustering*
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class StoryClusteringBenchmark
{
    private const string CorpusFolder = "shared/corpus";

    private List<Article> articles = [];

    [Params(10_000, 50_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var corpus = FindCorpus();
        if (corpus is null)
        {
            Console.WriteLine($"Skipping: {CorpusFolder} not found in any parent folder of {Directory.GetCurrentDirectory()}.");
            return;
        }
        articles = [.. StoryScaleStream.Load(corpus).Articles(Articles)];
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

    private static string? FindCorpus()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, CorpusFolder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
