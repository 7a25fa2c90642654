using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Triangulate.Ingest;

namespace Triangulate.Evaluation;

/// <summary>
/// Runs <see cref="HtmlExtractor"/> on every page of an extraction benchmark folder and scores it with that
/// benchmark's own metric. The gold file is read only to score, never to predict.
/// </summary>
public static class ExtractionEvaluation
{
    /// <summary>
    /// Evaluates the folder; writes predictions in the gold file's layout to <paramref name="predictionsPath"/> if given;
    /// reports the number of pages done to <paramref name="progress"/>.
    /// </summary>
    public static EvaluationScores Evaluate(string directory, string? predictionsPath = null, IProgress<int>? progress = null)
    {
        var predictions = new Dictionary<string, ExtractedArticle>(StringComparer.Ordinal);
        var urls = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var document in ExtractionDataset.ReadDocuments(directory))
        {
            predictions[document.Id] = HtmlExtractor.Extract(document.Html, document.Url);
            urls[document.Id] = document.Url;
            progress?.Report(predictions.Count);
        }
        using var gold = ExtractionDataset.ReadGold(directory);
        var format = ExtractionDataset.DetectFormat(gold);
        if (predictionsPath is not null)
        {
            WritePredictions(predictionsPath, format, predictions, urls);
        }
        return format == ExtractionBenchmarkFormat.Snippets
            ? ScoreSnippets(gold, predictions)
            : ScoreExpectedText(gold, predictions);
    }

    /// <summary>The article's body as the plain text benchmarks score: one paragraph per line.</summary>
    public static string PlainText(ExtractedArticle article) => string.Join('\n', article.Body);

    private static EvaluationScores ScoreSnippets(JsonDocument gold, Dictionary<string, ExtractedArticle> predictions)
    {
        var snippets = new SnippetScore();
        var title = new MatchRate();
        var author = new MatchRate();
        var date = new MatchRate();
        foreach (var entry in gold.RootElement.EnumerateObject())
        {
            if (!predictions.TryGetValue(entry.Name, out var article))
            {
                continue;
            }
            snippets.Add(PlainText(article), Strings(entry.Value, "with"), Strings(entry.Value, "without"));
            title.Add(String(entry.Value, "title"), article.Title);
            author.Add(String(entry.Value, "author"), article.Byline);
            date.Add(String(entry.Value, "date"), BestDate(article)?.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        var metrics = new Dictionary<string, double>(snippets.Metrics())
        {
            ["title_exact"] = title.Rate,
            ["author_exact"] = author.Rate,
            ["date_exact"] = date.Rate,
        };
        metrics["documents"] = predictions.Count;
        return new EvaluationScores(metrics);
    }

    private static EvaluationScores ScoreExpectedText(JsonDocument gold, Dictionary<string, ExtractedArticle> predictions)
    {
        var body = new ShingleScore();
        var title = new MatchRate();
        var byline = new MatchRate();
        var siteName = new MatchRate();
        var published = new MatchRate();
        foreach (var entry in gold.RootElement.EnumerateObject())
        {
            if (!predictions.TryGetValue(entry.Name, out var article))
            {
                continue;
            }
            body.Add(String(entry.Value, "text") ?? "", PlainText(article));
            if (!entry.Value.TryGetProperty("metadata", out var metadata))
            {
                continue;
            }
            title.Add(String(metadata, "title"), article.Title);
            byline.Add(String(metadata, "byline"), article.Byline);
            siteName.Add(String(metadata, "siteName"), article.SiteName);
            published.Add(Instant(String(metadata, "publishedTime")), Instant(BestDate(article)?.Value));
        }
        var metrics = new Dictionary<string, double>(body.Metrics())
        {
            ["title_exact"] = title.Rate,
            ["byline_exact"] = byline.Rate,
            ["site_name_exact"] = siteName.Rate,
            ["published_time_exact"] = published.Rate,
        };
        metrics["documents"] = predictions.Count;
        return new EvaluationScores(metrics);
    }

    /// <summary>The publication time as ingestion decides it (update stamps never count).</summary>
    private static PublicationTime? BestDate(ExtractedArticle article) =>
        PublicationTimeResolver.Resolve(article.DateClues, null, PlainText(article));

    private static string? Instant(string? value) =>
        value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? Instant(instant)
            : null;

    private static string? Instant(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!)
            : [];

    private static void WritePredictions(
        string path, ExtractionBenchmarkFormat format, Dictionary<string, ExtractedArticle> predictions, Dictionary<string, string?> urls)
    {
        using var file = File.Create(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionLevel.Optimal) : file;
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        foreach (var (id, article) in predictions)
        {
            writer.WriteStartObject(id);
            var date = BestDate(article);
            if (format == ExtractionBenchmarkFormat.Snippets)
            {
                writer.WriteString("url", urls[id]);
                writer.WriteString("title", article.Title);
                writer.WriteString("author", article.Byline ?? "");
                writer.WriteString("date", date?.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
                writer.WriteString("sitename", article.SiteName ?? "");
            }
            else
            {
                writer.WriteStartObject("metadata");
                writer.WriteString("title", article.Title);
                writer.WriteString("byline", article.Byline);
                writer.WriteString("siteName", article.SiteName);
                writer.WriteString("publishedTime", date?.ToIso());
                writer.WriteEndObject();
            }
            writer.WriteString("text", PlainText(article));
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }
}
