using Triangulate.Evaluation;
using Triangulate.Reuse;

namespace Triangulate.Tests.Evaluation;

public class ParaphraseEvaluationTest
{
    [Fact]
    public void ScoresAccuracyAndF1OfTheParaphraseClass()
    {
        // 3 true positives, 1 false positive, 2 false negatives, 4 true negatives.
        var outcomes = new[] { (true, true), (true, true), (true, true), (false, true), (true, false), (true, false), (false, false), (false, false), (false, false), (false, false) };
        var score = ParaphraseEvaluation.Score(outcomes);
        Assert.Equal(10, score.Pairs);
        Assert.Equal(0.7, score.Accuracy, 12);
        Assert.Equal(0.75, score.Precision, 12);
        Assert.Equal(0.6, score.Recall, 12);
        Assert.Equal(2.0 / 3, score.F1, 12);
    }

    [Fact]
    public void EvaluatesOnlyDevPairsAndWritesPredictionsForAll()
    {
        var directory = Directory.CreateTempSubdirectory("triangulate-eval-").FullName;
        try
        {
            const string report = "Rebels in the Kavran hills freed 14 aid workers on Thursday, the Red Crescent said.";
            const string restated = "The Red Crescent said rebels in the Kavran hills freed 14 aid workers on Thursday.";
            const string unrelated = "Shares in Ostrava Steel fell 9 percent after the company cut its profit forecast.";
            File.WriteAllLines(Path.Combine(directory, "pairs.tsv"),
            [
                "id\tlabel\tsentence1\tsentence2",
                $"1_2\t1\t{report}\t{restated}",
                $"3_4\t1\t{report}\t{unrelated}",
                $"5_6\t0\t{report}\t{unrelated}",
                $"7_8\t0\t{report}\t{restated}",
            ]);
            File.WriteAllLines(Path.Combine(directory, "dev_ids.txt"), ["1_2", "3_4", "5_6"]);
            var predictionsPath = Path.Combine(directory, "predictions.tsv");

            var score = ParaphraseEvaluation.Evaluate(directory, predictionsPath, ParaphraseModel.Default);

            Assert.Equal(3, score.Pairs);
            Assert.Equal(2.0 / 3, score.Accuracy, 12);
            Assert.Equal(1.0, score.Precision, 12);
            Assert.Equal(0.5, score.Recall, 12);
            Assert.Equal(["id\tlabel", "1_2\t1", "3_4\t0", "5_6\t0", "7_8\t1"], File.ReadAllLines(predictionsPath));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void ScoresEveryPairWithoutADevList()
    {
        var directory = Directory.CreateTempSubdirectory("triangulate-eval-").FullName;
        try
        {
            File.WriteAllLines(Path.Combine(directory, "pairs.tsv"),
            [
                "id\tlabel\tsentence1\tsentence2",
                "1_2\t1\tThe bridge in Selm reopened on Monday.\tThe bridge in Selm reopened on Monday.",
                "3_4\t0\tThe bridge in Selm reopened on Monday.\tFarmers in Orvik warned of a poor harvest after the drought.",
            ]);

            var score = ParaphraseEvaluation.Evaluate(directory, null, ParaphraseModel.Default);

            Assert.Equal(2, score.Pairs);
            Assert.Equal(1.0, score.Accuracy, 12);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
