using BenchmarkDotNet.Attributes;
using Triangulate.Evaluation;
using Triangulate.Facts;

namespace Triangulate.Benchmarks;

/// <summary>Articles per second of each fact extractor (time expressions, attributions, actor mentions and their resolution, quantities), on Reuters-21578 texts (one operation = one article).</summary>
[MemoryDiagnoser]
public class FactExtractionBenchmark
{
    private List<string> _texts = [];
    private List<ActorFindings> _actorFindings = [];
    private static readonly DateOnly Anchor = new(1987, 3, 1);

    [GlobalSetup]
    public void LoadTexts()
    {
        _texts = EvaluationFiles.ReadJsonLines(EvaluationFiles.Find(SharedData.Folder("corpus/reuters21578"), "docs.jsonl")!)
            .Select(doc => doc.OptionalString("text") ?? "").Take(2000).ToList();
        _actorFindings = _texts.Select(text => ActorMentionFinder.Find(text)).ToList();
    }

    [Benchmark(OperationsPerInvoke = 2000)]
    public int TimeExpressions() => _texts.Sum(text => TimeExpressionFinder.Find(text, Anchor).Count);

    [Benchmark(OperationsPerInvoke = 2000)]
    public int Attributions() => _texts.Sum(text => AttributionFinder.Default.Find(text).Count);

    [Benchmark(OperationsPerInvoke = 2000)]
    public int ActorMentions() => _texts.Sum(text => ActorMentionFinder.Find(text).Mentions.Count);

    /// <summary>Alias resolution of the actor names already found in the texts: the article pass, then the corpus pass (no stories).</summary>
    [Benchmark(OperationsPerInvoke = 2000)]
    public int ActorResolution() => ActorResolver.Resolve(_actorFindings).Count;

    [Benchmark(OperationsPerInvoke = 2000)]
    public int Quantities() => _texts.Sum(text => QuantityFinder.Find(text).Count);
}
