using System.IO.Compression;
using System.Text.Json;
using Triangulate.Evaluation;

namespace Triangulate.Tests.Evaluation;

public sealed class ExtractionEvaluationTest : IDisposable
{
    private const string Page =
        "<html><head><title>Tram line opens</title></head><body>"
        + "<nav><a href='/'>Home</a> <a href='/city'>City desk</a> <a href='/jobs'>Jobs board</a></nav>"
        + "<div class='article'><p>The new tram line between Oldmarsh and the university campus opened on Monday, carrying 4,000 passengers on its first day, the transit authority said.</p>"
        + "<p>Mayor Ines Calloway, who rode the first tram, said the line had come in under budget, although two stops will not open until the autumn.</p></div>"
        + "</body></html>";

    private readonly string directory = Directory.CreateTempSubdirectory("triangulate-eval-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private void WriteDocs(bool gzip)
    {
        var line = JsonSerializer.Serialize(new { id = "tram", url = "https://news.example/tram", html = Page });
        if (gzip)
        {
            using var stream = new GZipStream(File.Create(Path.Combine(directory, "docs.jsonl.gz")), CompressionLevel.Fastest);
            using var writer = new StreamWriter(stream);
            writer.WriteLine(line);
        }
        else
        {
            File.WriteAllText(Path.Combine(directory, "docs.jsonl"), line + "\n");
        }
    }

    [Fact]
    public void Snippet_benchmark_counts_found_and_missing_snippets()
    {
        WriteDocs(gzip: false);
        var gold = new Dictionary<string, object>
        {
            ["tram"] = new
            {
                url = "https://news.example/tram",
                title = "Tram line opens",
                with = new[] { "carrying 4,000 passengers", "two stops will not open", "snippet the page never had" },
                without = new[] { "Jobs board", "the transit authority said" },
            },
        };
        File.WriteAllText(Path.Combine(directory, "gold.json"), JsonSerializer.Serialize(gold));

        var scores = ExtractionEvaluation.Evaluate(directory);

        Assert.Equal(1, scores.Metrics["documents"]);
        Assert.Equal(2.0 / 3, scores.Metrics["precision"], 6);
        Assert.Equal(2.0 / 3, scores.Metrics["recall"], 6);
        Assert.Equal(3.0 / 5, scores.Metrics["accuracy"], 6);
        Assert.Equal(2.0 / 3, scores.Metrics["f1"], 6);
        Assert.Equal(1.0, scores.Metrics["title_exact"]);
    }

    [Fact]
    public void Expected_text_benchmark_scores_shingles_and_writes_predictions()
    {
        WriteDocs(gzip: true);
        var expected = "The new tram line between Oldmarsh and the university campus opened on Monday, carrying 4,000 passengers on its first day, the transit authority said.\n\n"
            + "Mayor Ines Calloway, who rode the first tram, said the line had come in under budget, although two stops will not open until the autumn.";
        var gold = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["tram"] = new { metadata = new { title = "Tram line opens", byline = (string?)null }, html = "", text = expected },
        });
        using (var stream = new GZipStream(File.Create(Path.Combine(directory, "gold.json.gz")), CompressionLevel.Fastest))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(gold);
        }
        var predictions = Path.Combine(directory, "predictions.json");

        var scores = ExtractionEvaluation.Evaluate(directory, predictions);

        Assert.Equal(1.0, scores.Metrics["body_f1"], 6);
        Assert.Equal(1.0, scores.Metrics["title_exact"]);
        using var written = JsonDocument.Parse(File.ReadAllText(predictions));
        var tram = written.RootElement.GetProperty("tram");
        Assert.Equal("Tram line opens", tram.GetProperty("metadata").GetProperty("title").GetString());
        Assert.Contains("Mayor Ines Calloway", tram.GetProperty("text").GetString());
    }

    [Fact]
    public void Folder_without_a_known_gold_layout_is_rejected()
    {
        WriteDocs(gzip: false);
        File.WriteAllText(Path.Combine(directory, "gold.json"), "{\"tram\": {\"label\": 1}}");

        Assert.Throws<InvalidDataException>(() => ExtractionEvaluation.Evaluate(directory));
    }

    [Fact]
    public void Shingle_score_is_one_for_equal_texts_and_zero_for_disjoint_ones()
    {
        var same = new ShingleScore();
        same.Add("one two three four five six", "one two three four five six");
        var disjoint = new ShingleScore();
        disjoint.Add("one two three four five six", "seven eight nine ten eleven twelve");
        var half = new ShingleScore();
        half.Add("a b c d e f", "a b c d x y");

        Assert.Equal(1.0, same.Metrics()["body_f1"], 6);
        Assert.Equal(0.0, disjoint.Metrics()["body_f1"], 6);
        Assert.Equal(1.0 / 3, half.Metrics()["body_precision"], 6);
        Assert.Equal(1.0 / 3, half.Metrics()["body_recall"], 6);
    }
}
