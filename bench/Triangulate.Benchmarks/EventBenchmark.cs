using BenchmarkDotNet.Attributes;
using Triangulate.Evaluation;
using Triangulate.Events;
using Triangulate.Text;

namespace Triangulate.Benchmarks;

/// <summary>
/// Articles per second of event extraction (every finder an event reads: actors, attributions, times, places) and of
/// merging the events of those articles into facts, on Reuters-21578 texts (one operation = one article; the merge
/// takes each 20 consecutive texts as one story).
/// </summary>
[MemoryDiagnoser]
public class EventBenchmark
{
    private const int Articles = 2000;
    private const int StorySize = 20;
    private static readonly DateOnly Anchor = new(1987, 3, 1);
    private List<ArticleText> _texts = [];
    private List<List<Event>> _stories = [];

    [GlobalSetup]
    public void LoadTexts()
    {
        _texts = EvaluationFiles.ReadJsonLines(EvaluationFiles.Find(SharedData.Folder("corpus/reuters21578"), "docs.jsonl")!)
            .Select((doc, i) => ArticleText.Of("r" + i, "", (doc.OptionalString("text") ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries)))
            .Take(Articles).ToList();
        _stories = _texts.Chunk(StorySize).Select(story => story.SelectMany(text => EventFinder.Find(text, Anchor)).ToList()).ToList();
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Extraction() => _texts.Sum(text => EventFinder.Find(text, Anchor).Count);

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Merging() => _stories.Sum(story => EventMerger.Merge(story, article => article).Count);
}
