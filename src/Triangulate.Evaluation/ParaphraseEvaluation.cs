using System.Text;
using Triangulate.Reuse;

namespace Triangulate.Evaluation;

/// <summary>
/// Scores paraphrase detection on a paraphrase folder (see <see cref="ParaphraseCorpus"/>): predicts every pair from its
/// sentences alone, then compares with the gold labels of the pairs in dev_ids.txt, or of all pairs when there is no such file.
/// </summary>
public static class ParaphraseEvaluation
{
    /// <summary>Evaluates the embedded <see cref="ParaphraseModel.Default"/>; writes <c>id&lt;TAB&gt;label</c> predictions if <paramref name="predictionsPath"/> is given.</summary>
    public static ParaphraseScore Evaluate(string directory, string? predictionsPath) =>
        Evaluate(directory, predictionsPath, ParaphraseModel.Default);

    /// <summary>Evaluates <paramref name="model"/>; writes <c>id&lt;TAB&gt;label</c> predictions if <paramref name="predictionsPath"/> is given.</summary>
    public static ParaphraseScore Evaluate(string directory, string? predictionsPath, ParaphraseModel model)
    {
        var pairs = ParaphraseCorpus.ReadPairs(directory);
        var predictions = pairs.Select(pair => model.IsParaphrase(pair.First, pair.Second)).ToArray();
        if (predictionsPath is not null)
        {
            var lines = new StringBuilder("id\tlabel\n");
            for (var i = 0; i < pairs.Count; i++)
            {
                lines.Append(pairs[i].Id).Append('\t').Append(predictions[i] ? '1' : '0').Append('\n');
            }

            File.WriteAllText(predictionsPath, lines.ToString());
        }

        var scored = ParaphraseCorpus.ReadDevIds(directory);
        var outcomes = pairs.Select((pair, i) => (pair, predicted: predictions[i]))
            .Where(item => item.pair.IsParaphrase is not null && (scored is null || scored.Contains(item.pair.Id)))
            .Select(item => (Gold: item.pair.IsParaphrase == true, Predicted: item.predicted));
        return Score(outcomes);
    }

    /// <summary>Accuracy, precision, recall and F1 of the paraphrase class over (gold, predicted) outcomes.</summary>
    public static ParaphraseScore Score(IEnumerable<(bool Gold, bool Predicted)> outcomes)
    {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0;
        foreach (var (gold, predicted) in outcomes)
        {
            switch (gold, predicted)
            {
                case (true, true): truePositives++; break;
                case (false, true): falsePositives++; break;
                case (true, false): falseNegatives++; break;
                default: trueNegatives++; break;
            }
        }

        var total = truePositives + falsePositives + falseNegatives + trueNegatives;
        var precision = truePositives + falsePositives == 0 ? 0 : (double)truePositives / (truePositives + falsePositives);
        var recall = truePositives + falseNegatives == 0 ? 0 : (double)truePositives / (truePositives + falseNegatives);
        var f1 = truePositives == 0 ? 0 : 2.0 * truePositives / (2 * truePositives + falsePositives + falseNegatives);
        return new ParaphraseScore(total, total == 0 ? 0 : (double)(truePositives + trueNegatives) / total, precision, recall, f1);
    }
}
