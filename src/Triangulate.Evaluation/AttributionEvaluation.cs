using System.Text.Json;
using Triangulate.Facts;

namespace Triangulate.Evaluation;

/// <summary>
/// Scores attribution finding on a PolNeAR-format folder. A predicted attribution matches a gold one when their cues
/// overlap (or, lacking a gold cue, their contents do); it is correct when its source overlaps the gold source.
/// Source precision is over predictions with a source, recall over gold attributions with a source. Also exact-span
/// F1 per role. Scores are given for all documents and, with a "dev_" prefix, for the dev split the cue model never saw;
/// with a "cv_" prefix, by 5-fold cross-validation over every document, each fold read by a cue model fitted on the
/// other four only (so no figure depends on settings chosen on the documents it scores).
/// </summary>
public static class AttributionEvaluation
{
    public static EvaluationScores Evaluate(string directory, string? predictionsPath = null, AttributionFinder? finder = null)
    {
        var crossValidate = finder is null;
        finder ??= AttributionFinder.Default;
        var corpus = AttributionCorpus.Read(directory);
        var predictions = corpus.Gold.AsParallel().AsOrdered()
            .Select(document => (document, Predicted: finder.Find(corpus.Texts[document.Id])))
            .ToList();
        if (predictionsPath is not null)
            WritePredictions(predictionsPath, predictions.Select(p => (p.document.Id, p.Predicted)));

        var metrics = new Dictionary<string, double>();
        AddScores(metrics, "", predictions.Select(p => Score(p.Predicted, p.document.Items)));
        var dev = predictions.Where(p => p.document.Split == "dev").ToList();
        if (dev.Count > 0 && dev.Count < predictions.Count)
            AddScores(metrics, "dev_", dev.Select(p => Score(p.Predicted, p.document.Items)));
        if (crossValidate)
            AddScores(metrics, "cv_", CrossValidated(corpus));
        return new EvaluationScores(metrics);
    }

    public const int Folds = 5;

    private static IEnumerable<DocumentScore> CrossValidated(AttributionCorpus corpus)
    {
        var documents = corpus.Gold.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        return Enumerable.Range(0, Folds).AsParallel().AsOrdered().SelectMany(fold =>
        {
            var finder = AttributionFinder.Fit(corpus.Examples(documents.Where((_, i) => i % Folds != fold)));
            return documents.Where((_, i) => i % Folds == fold).Select(d => Score(finder.Find(corpus.Texts[d.Id]), d.Items)).ToList();
        }).ToList();
    }

    internal static DocumentScore Score(IReadOnlyList<Attribution> predicted, IReadOnlyList<AnnotatedAttribution> gold)
    {
        var matches = AnnotatedAttribution.Match(predicted, gold);
        int sourceCorrect = 0, exactSource = 0, exactCue = 0, exactContent = 0;
        for (var p = 0; p < predicted.Count; p++)
        {
            if (matches[p] < 0)
                continue;
            var prediction = predicted[p];
            var item = gold[matches[p]];
            sourceCorrect += item.SourceAgrees(prediction) ? 1 : 0;
            exactSource += SameSpan(prediction.Source, item.Source) ? 1 : 0;
            exactCue += SameSpan(prediction.Cue, item.Cue) ? 1 : 0;
            exactContent += SameSpan(prediction.Content, item.Content) ? 1 : 0;
        }
        return new DocumentScore(
            new PrecisionRecall(sourceCorrect, predicted.Count(p => p.Source is not null), gold.Count(g => g.Source is not null)),
            new PrecisionRecall(exactSource, predicted.Count(p => p.Source is not null), gold.Count(g => g.Source is not null)),
            new PrecisionRecall(exactCue, predicted.Count, gold.Count(g => g.Cue is not null)),
            new PrecisionRecall(exactContent, predicted.Count(p => p.Content is not null), gold.Count(g => g.Content is not null)));
    }

    private static bool SameSpan(TextSpan? predicted, TextSpan? gold) =>
        predicted is not null && gold is not null && predicted.Start == gold.Start && predicted.End == gold.End;

    private static void AddScores(Dictionary<string, double> metrics, string prefix, IEnumerable<DocumentScore> scores)
    {
        DocumentScore total = default;
        foreach (var score in scores)
            total += score;
        metrics[prefix + "source_precision"] = total.Source.Precision;
        metrics[prefix + "source_recall"] = total.Source.Recall;
        metrics[prefix + "source_f1"] = total.Source.F1;
        metrics[prefix + "exact_source_f1"] = total.ExactSource.F1;
        metrics[prefix + "exact_cue_f1"] = total.ExactCue.F1;
        metrics[prefix + "exact_content_f1"] = total.ExactContent.F1;
    }

    private static void WritePredictions(string path, IEnumerable<(string Id, IReadOnlyList<Attribution> Items)> predictions)
    {
        using var writer = new StreamWriter(path);
        foreach (var (id, items) in predictions)
        {
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                id,
                items = items.Select((item, index) => new
                {
                    id = $"T{index + 1}",
                    type = item.Source is null ? "Attribution-no-source" : "Attribution",
                    source = Spans(item.Source),
                    cue = Spans(item.Cue),
                    content = Spans(item.Content),
                }),
            }));
        }
    }

    private static object[] Spans(TextSpan? span) => span is null ? [] : [new { start = span.Start, end = span.End, text = span.Text }];

    internal readonly record struct DocumentScore(PrecisionRecall Source, PrecisionRecall ExactSource, PrecisionRecall ExactCue, PrecisionRecall ExactContent)
    {
        public static DocumentScore operator +(DocumentScore a, DocumentScore b) =>
            new(a.Source + b.Source, a.ExactSource + b.ExactSource, a.ExactCue + b.ExactCue, a.ExactContent + b.ExactContent);
    }
}
