using Triangulate.Events;

namespace Triangulate.Evaluation;

/// <summary>
/// <c>eval event-types DIR</c>: labelled event snippets (docs.jsonl, gold.tsv <c>id&lt;TAB&gt;label</c>), scored by
/// stratified k-fold cross-validation: each fold is predicted by a model fitted on the other folds only.
/// Reports micro, macro and weighted F1.
/// </summary>
public static class EventTypeEvaluation
{
    public const int Folds = 5;

    public static EvaluationScores Evaluate(string directory, string? predictionsPath)
    {
        var examples = Read(directory);
        var predicted = new string[examples.Count];
        foreach (var (train, test) in StratifiedFolds(examples, Folds))
        {
            var model = EventTypeModelFitter.Fit(train.Select(i => (examples[i].Text, examples[i].Label)).ToList());
            foreach (var i in test)
                predicted[i] = model.Predict(examples[i].Text);
        }
        if (predictionsPath is not null)
            File.WriteAllLines(predictionsPath, examples.Select((e, i) => $"{e.Id}\t{predicted[i]}"));
        return Score(examples.Select((e, i) => (e.Label, predicted[i])).ToList());
    }

    public static IReadOnlyList<(string Id, string Text, string Label)> Read(string directory)
    {
        var texts = EvaluationFiles.ReadJsonLines(EvaluationFiles.Find(directory, "docs.jsonl") ?? throw new FileNotFoundException("docs.jsonl missing", directory))
            .ToDictionary(doc => doc.OptionalString("id")!, doc => doc.OptionalString("text") ?? "");
        return File.ReadLines(Path.Combine(directory, "gold.tsv"))
            .Select(line => line.Split('\t'))
            .Where(fields => fields.Length >= 2 && texts.ContainsKey(fields[0]))
            .Select(fields => (fields[0], texts[fields[0]], fields[1]))
            .ToList();
    }

    /// <summary>Folds that each hold a share of every label: examples of a label are dealt round the folds in id order.</summary>
    public static IEnumerable<(List<int> Train, List<int> Test)> StratifiedFolds(IReadOnlyList<(string Id, string Text, string Label)> examples, int folds)
    {
        var fold = new int[examples.Count];
        foreach (var group in Enumerable.Range(0, examples.Count).GroupBy(i => examples[i].Label))
        {
            var k = 0;
            foreach (var i in group)
                fold[i] = k++ % folds;
        }
        for (var f = 0; f < folds; f++)
            yield return (Enumerable.Range(0, examples.Count).Where(i => fold[i] != f).ToList(), Enumerable.Range(0, examples.Count).Where(i => fold[i] == f).ToList());
    }

    public static EvaluationScores Score(IReadOnlyList<(string Gold, string Predicted)> pairs)
    {
        var labels = pairs.Select(p => p.Gold).Distinct().ToList();
        double macro = 0, weighted = 0;
        foreach (var label in labels)
        {
            var truePositives = pairs.Count(p => p.Gold == label && p.Predicted == label);
            var predicted = pairs.Count(p => p.Predicted == label);
            var gold = pairs.Count(p => p.Gold == label);
            var precision = predicted == 0 ? 0 : (double)truePositives / predicted;
            var recall = (double)truePositives / gold;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            macro += f1 / labels.Count;
            weighted += f1 * gold / pairs.Count;
        }
        var micro = (double)pairs.Count(p => p.Gold == p.Predicted) / pairs.Count;
        return new EvaluationScores(new Dictionary<string, double>
        {
            ["micro_f1"] = micro,
            ["macro_f1"] = macro,
            ["weighted_f1"] = weighted,
            ["snippets"] = pairs.Count,
            ["folds"] = Folds,
        });
    }
}
