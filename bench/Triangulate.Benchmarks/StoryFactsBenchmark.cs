using BenchmarkDotNet.Attributes;
using Triangulate.Analysis;
using Triangulate.Evaluation;
using Triangulate.Ingest;
using Triangulate.Reuse;
using Triangulate.Stories;

namespace Triangulate.Benchmarks;

/// <summary>
/// Articles per second of the analysis layer's story-level facts stage on Reuters-21578 texts whose sentence facts are
/// already read (as the pipeline has them): each article's events read against its story's day, the events merged story
/// by story (each 20 consecutive texts one story), the corpus's claims merged, attributions named. One operation = one article.
/// </summary>
[MemoryDiagnoser]
public class StoryFactsBenchmark
{
    private const int Articles = 2000;
    private const int StorySize = 20;
    private Dictionary<string, Article> _articles = [];
    private List<ArticleFacts> _facts = [];
    private List<Story> _stories = [];
    private readonly ProvenanceResult _provenance = new([], [], 0);

    [GlobalSetup]
    public void LoadTexts()
    {
        var published = new PublicationTime(new DateTimeOffset(1987, 3, 1, 12, 0, 0, TimeSpan.Zero), TimePrecision.Day, false, "benchmark");
        var articles = EvaluationFiles.ReadJsonLines(EvaluationFiles.Find(SharedData.Folder("corpus/reuters21578"), "docs.jsonl")!)
            .Select((doc, i) => new Article("r" + i, "r" + i, "r" + i, null, "", null, published, [], null,
                (doc.OptionalString("text") ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries), []))
            .Take(Articles).ToList();
        _articles = articles.ToDictionary(a => a.Id);
        _facts = [.. articles.Select(ArticleFacts.Read)];
        _stories = [.. articles.Chunk(StorySize).Select((members, i) => new Story("story-" + i, "", null, null, [.. members.Select(a => a.Id)], [], []))];
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int StoryLevelFacts() => new StoryFacts().Update(_stories, _articles, _facts, _provenance, []).Events.Count;
}
