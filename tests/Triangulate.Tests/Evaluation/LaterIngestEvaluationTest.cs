using Triangulate.Evaluation;
using Triangulate.Tests.Stories;

namespace Triangulate.Tests.Evaluation;

public sealed class LaterIngestEvaluationTest : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("triangulate-later-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Articles_arriving_later_join_the_stories_a_single_pass_gives_them()
    {
        // Three stories months apart, so no two of them share a story or a provenance group in either store.
        var articles = StoryFixtures.BridgeCollapseCopies.Concat(StoryFixtures.TwoEarthquakes.Take(2)).Concat(StoryFixtures.TwoMeetings.Take(2)).ToList();
        DocsJsonl.Write(directory, articles);
        File.WriteAllLines(Path.Combine(directory, "gold.tsv"), ["id\tcluster", .. articles.Select(a => $"{a.Id}\t{a.Id[..5]}")]);

        var scores = LaterIngestEvaluation.Evaluate(directory, null);

        Assert.Equal(LaterIngestEvaluation.LaterBatches, scores.Metrics["later_documents"]);
        Assert.Equal(1, scores.Metrics["bcubed_f1"], 9);
        Assert.Equal(1, scores.Metrics["same_origin"], 9);
        Assert.Equal(scores.Metrics["gold_bcubed_f1_whole"], scores.Metrics["gold_bcubed_f1_stepwise"], 9);
        Assert.InRange(scores.Metrics["revisited_per_later_document"], 0, articles.Count);
    }
}
