using Triangulate.Evaluation;
using Triangulate.Tests.Stories;

namespace Triangulate.Tests.Evaluation;

public sealed class StoryEvaluationTest : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("triangulate-stories-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void ScoresAgainstGoldAndTopicsAndWritesPredictions()
    {
        var articles = StoryFixtures.BridgeCollapseCopies.Concat(StoryFixtures.TwoEarthquakes).ToList();
        DocsJsonl.Write(directory, articles);
        string Event(string id) => id.StartsWith("bridge", StringComparison.Ordinal) ? "bridge" : id[..10];
        File.WriteAllLines(Path.Combine(directory, "gold.tsv"), ["id\tcluster", .. articles.Select(a => $"{a.Id}\t{Event(a.Id)}")]);
        File.WriteAllLines(Path.Combine(directory, "gold_topic.tsv"), ["id\ttopic", .. articles.Select(a => $"{a.Id}\t{a.Id[..5]}")]);
        var predictions = Path.Combine(directory, "predictions.tsv");

        var scores = StoryEvaluation.Evaluate(directory, predictions);

        Assert.Equal(1, scores.Metrics["b3_f1"], 9);
        Assert.Equal(1, scores.Metrics["ari"], 9);
        Assert.Equal(1, scores.Metrics["topic_b3_precision"], 9);
        Assert.True(scores.Metrics["topic_b3_recall"] < 1);
        var lines = File.ReadAllLines(predictions);
        Assert.Equal("id\tcluster", lines[0]);
        Assert.Equal(articles.Select(a => a.Id).Order(), lines.Skip(1).Select(l => l.Split('\t')[0]).Order());
    }
}
