using System.Text.Json;
using Triangulate.Ingest;

namespace Triangulate.Evaluation;

/// <summary>
/// Scores the HTML extractor on a folder in the format of ../shared/eval/extraction-trafilatura (gold "with" and
/// "without" snippets: a snippet found in the extracted text is a hit) or extraction-readability (gold plain text:
/// word 4-gram multiset precision, recall and F1, averaged over pages; plus title exact match). The folder's gold
/// file tells which. Extraction never reads the gold.
/// </summary>
public static class ExtractionEvaluation
{
    public static EvaluationScores Evaluate(string directory, string? predictionsPath = null)
    {
        var docsPath = EvaluationFiles.Find(directory, "docs.jsonl") ?? throw new FileNotFoundException("no docs.jsonl(.gz) in " + directory);
        var goldPath = EvaluationFiles.Find(directory, "gold.json") ?? throw new FileNotFoundException("no gold.json(.gz) in " + directory);
        var predictions = EvaluationFiles.ReadJsonLines(docsPath)
            .AsParallel().AsOrdered()
            .Select(doc => (Id: doc.OptionalString("id")!, Article: HtmlExtractor.Extract(doc.OptionalString("html") ?? "", doc.OptionalString("url"))))
            .ToList();
        if (predictionsPath is not null)
            WritePredictions(predictionsPath, predictions);

        using var reader = EvaluationFiles.OpenText(goldPath);
        using var gold = JsonDocument.Parse(reader.ReadToEnd());
        var first = gold.RootElement.EnumerateObject().FirstOrDefault().Value;
        return first.ValueKind == JsonValueKind.Object && first.TryGetProperty("with", out _)
            ? SnippetScores(gold.RootElement, predictions)
            : ShingleScores(gold.RootElement, predictions);
    }

    /// <summary>The extracted text as the benchmarks compare it: paragraphs, one per line.</summary>
    public static string PlainText(ExtractedArticle article) => string.Join("\n", article.Body);

    private static EvaluationScores SnippetScores(JsonElement gold, List<(string Id, ExtractedArticle Article)> predictions)
    {
        int truePositive = 0, falseNegative = 0, falsePositive = 0, trueNegative = 0;
        foreach (var (id, article) in predictions)
        {
            if (!gold.TryGetProperty(id, out var expected))
                continue;
            var text = PlainText(article);
            foreach (var snippet in expected.GetProperty("with").EnumerateArray())
            {
                if (text.Contains(snippet.GetString()!, StringComparison.Ordinal))
                    truePositive++;
                else
                    falseNegative++;
            }
            foreach (var snippet in expected.GetProperty("without").EnumerateArray())
            {
                if (text.Contains(snippet.GetString()!, StringComparison.Ordinal))
                    falsePositive++;
                else
                    trueNegative++;
            }
        }
        var scores = new PrecisionRecall(truePositive, truePositive + falsePositive, truePositive + falseNegative);
        return new EvaluationScores(new Dictionary<string, double>
        {
            ["precision"] = scores.Precision,
            ["recall"] = scores.Recall,
            ["accuracy"] = (double)(truePositive + trueNegative) / Math.Max(1, truePositive + trueNegative + falsePositive + falseNegative),
            ["f1"] = scores.F1,
            ["documents"] = predictions.Count,
        });
    }

    private static EvaluationScores ShingleScores(JsonElement gold, List<(string Id, ExtractedArticle Article)> predictions)
    {
        double precision = 0, recall = 0, f1 = 0;
        int pages = 0, titles = 0, titled = 0;
        foreach (var (id, article) in predictions)
        {
            if (!gold.TryGetProperty(id, out var expected))
                continue;
            pages++;
            var score = ShingleOverlap.Score(PlainText(article), expected.GetProperty("text").GetString() ?? "");
            precision += score.Precision;
            recall += score.Recall;
            f1 += score.F1;
            if (expected.TryGetProperty("metadata", out var metadata) && metadata.TryGetProperty("title", out var title) && title.GetString() is { Length: > 0 } expectedTitle)
            {
                titled++;
                titles += Normal(expectedTitle) == Normal(article.Title) ? 1 : 0;
            }
        }
        return new EvaluationScores(new Dictionary<string, double>
        {
            ["precision"] = precision / Math.Max(1, pages),
            ["recall"] = recall / Math.Max(1, pages),
            ["f1"] = f1 / Math.Max(1, pages),
            ["title_exact"] = (double)titles / Math.Max(1, titled),
            ["documents"] = pages,
        });
    }

    private static string Normal(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void WritePredictions(string path, List<(string Id, ExtractedArticle Article)> predictions)
    {
        var output = predictions.ToDictionary(p => p.Id, p => new { title = p.Article.Title, text = PlainText(p.Article) });
        File.WriteAllText(path, JsonSerializer.Serialize(output, new JsonSerializerOptions { WriteIndented = true }));
    }
}
