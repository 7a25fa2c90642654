using BenchmarkDotNet.Attributes;
using Triangulate.Evaluation;
using Triangulate.Reuse;

namespace Triangulate.Benchmarks;

/// <summary>
/// The three steps of reuse detection on the first 5,000 articles of ../shared/corpus (one operation = one article):
/// preparing its sentences (tokens, forms, stems, keys), finding its candidates in the sentence index, and aligning a
/// candidate pair (the first 2,000 pairs the index proposes for those articles).
/// </summary>
[MemoryDiagnoser]
public class ReuseBenchmark
{
    private const int Articles = 5_000;
    private const int Pairs = 2_000;

    private List<Article> _articles = [];
    private List<ArticleSentences> _prepared = [];
    private List<(ArticleSentences Source, ArticleSentences Copy)> _candidatePairs = [];

    [GlobalSetup]
    public void Prepare()
    {
        _articles = StoryScaleStream.Load(SharedData.Folder("corpus")).Articles(Articles).ToList();
        _prepared = _articles.Select(ArticleSentences.Of).ToList();
        var index = new CandidateIndex();
        _candidatePairs = _prepared.SelectMany(copy => index.Add(copy.Keys).Select(candidate => (_prepared[candidate.Article], copy))).Take(Pairs).ToList();
        if (_candidatePairs.Count < Pairs)
            throw new InvalidOperationException($"only {_candidatePairs.Count} candidate pairs; the benchmark needs {Pairs}");
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int PrepareSentences() => _articles.Sum(article => ArticleSentences.Of(article).Keys.Count);

    [Benchmark(OperationsPerInvoke = Articles)]
    public int FindCandidates()
    {
        var index = new CandidateIndex();
        return _prepared.Sum(article => index.Add(article.Keys).Count);
    }

    /// <summary>Per candidate pair (one operation = one pair): the cheap check, and the sentence alignment where it passes.</summary>
    [Benchmark(OperationsPerInvoke = Pairs)]
    public int AlignCandidatePairs() => _candidatePairs.Sum(pair =>
        SentenceAligner.MayShareText(pair.Source.Keys, pair.Copy.Keys) ? SentenceAligner.Align(pair.Source, pair.Copy).Count : 0);
}
