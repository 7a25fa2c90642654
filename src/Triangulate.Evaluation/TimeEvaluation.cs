using System.Globalization;
using System.Text.Json;
using Triangulate.Facts;

namespace Triangulate.Evaluation;

/// <summary>
/// TempEval-3 Task A on a TimeML folder (docs.jsonl with text and date, gold.jsonl with TIMEX3 spans): strict and
/// relaxed span P/R/F1, and for relaxed matches type and value F1. Predictions never read the gold.
/// </summary>
public static class TimeEvaluation
{
    public static EvaluationScores Evaluate(string directory, string? predictionsPath = null)
    {
        var docsPath = EvaluationFiles.Find(directory, "docs.jsonl") ?? throw new FileNotFoundException("no docs.jsonl in " + directory);
        var goldPath = EvaluationFiles.Find(directory, "gold.jsonl") ?? throw new FileNotFoundException("no gold.jsonl in " + directory);

        var predictions = new Dictionary<string, IReadOnlyList<TimeExpression>>();
        foreach (var doc in EvaluationFiles.ReadJsonLines(docsPath))
        {
            var anchor = DateOnly.ParseExact(doc.OptionalString("date")![..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            predictions[doc.OptionalString("id")!] = TimeExpressionFinder.Find(doc.OptionalString("text") ?? "", anchor);
        }
        if (predictionsPath is not null)
            WritePredictions(predictionsPath, predictions);

        PrecisionRecall strict = default, relaxed = default, type = default, value = default;
        foreach (var gold in EvaluationFiles.ReadJsonLines(goldPath))
        {
            var items = gold.GetProperty("items").EnumerateArray().Select(item => new GoldTimex(
                item.GetProperty("start").GetInt32(), item.GetProperty("end").GetInt32(),
                item.GetProperty("type").GetString()!, item.GetProperty("value").GetString()!)).ToList();
            var predicted = predictions.GetValueOrDefault(gold.OptionalString("id")!) ?? [];
            var score = Score(predicted, items);
            strict += score.Strict;
            relaxed += score.Relaxed;
            type += score.Type;
            value += score.Value;
        }

        return new EvaluationScores(new Dictionary<string, double>
        {
            ["strict_precision"] = strict.Precision,
            ["strict_recall"] = strict.Recall,
            ["strict_f1"] = strict.F1,
            ["relaxed_precision"] = relaxed.Precision,
            ["relaxed_recall"] = relaxed.Recall,
            ["relaxed_f1"] = relaxed.F1,
            ["type_f1"] = type.F1,
            ["value_precision"] = value.Precision,
            ["value_recall"] = value.Recall,
            ["value_f1"] = value.F1,
            ["predicted"] = relaxed.Predicted,
            ["gold"] = relaxed.Gold,
        });
    }

    /// <summary>Pairs each gold expression with the first unused prediction overlapping it, then counts.</summary>
    internal static (PrecisionRecall Strict, PrecisionRecall Relaxed, PrecisionRecall Type, PrecisionRecall Value) Score(
        IReadOnlyList<TimeExpression> predicted, IReadOnlyList<GoldTimex> gold)
    {
        var used = new bool[predicted.Count];
        int strict = 0, relaxed = 0, type = 0, value = 0;
        foreach (var item in gold)
        {
            for (var i = 0; i < predicted.Count; i++)
            {
                var candidate = predicted[i];
                if (used[i] || candidate.Start >= item.End || item.Start >= candidate.End)
                    continue;
                used[i] = true;
                relaxed++;
                if (candidate.Start == item.Start && candidate.End == item.End)
                    strict++;
                if (candidate.Type.ToString().Equals(item.Type, StringComparison.OrdinalIgnoreCase))
                    type++;
                if (candidate.Value == item.Value)
                    value++;
                break;
            }
        }
        return (new(strict, predicted.Count, gold.Count), new(relaxed, predicted.Count, gold.Count),
            new(type, predicted.Count, gold.Count), new(value, predicted.Count, gold.Count));
    }

    private static void WritePredictions(string path, Dictionary<string, IReadOnlyList<TimeExpression>> predictions)
    {
        using var writer = new StreamWriter(path);
        foreach (var (id, expressions) in predictions)
        {
            var line = new
            {
                id,
                items = expressions.Select(e => new { start = e.Start, end = e.End, text = e.Text, type = e.Type.ToString().ToUpperInvariant(), value = e.Value, mod = e.Modifier }),
            };
            writer.WriteLine(JsonSerializer.Serialize(line));
        }
    }

    internal sealed record GoldTimex(int Start, int End, string Type, string Value);
}
