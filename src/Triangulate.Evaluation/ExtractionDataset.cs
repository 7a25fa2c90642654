using System.IO.Compression;
using System.Text.Json;

namespace Triangulate.Evaluation;

/// <summary>Reads an extraction benchmark folder: docs.jsonl(.gz) and gold.json(.gz).</summary>
public static class ExtractionDataset
{
    public static IEnumerable<ExtractionDocument> ReadDocuments(string directory)
    {
        using var reader = new StreamReader(OpenEither(directory, "docs.jsonl"));
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            yield return new ExtractionDocument(
                root.GetProperty("id").GetString() ?? "",
                root.TryGetProperty("url", out var url) ? url.GetString() : null,
                root.TryGetProperty("html", out var html) ? html.GetString() ?? "" : "");
        }
    }

    public static JsonDocument ReadGold(string directory)
    {
        using var stream = OpenEither(directory, "gold.json");
        return JsonDocument.Parse(stream);
    }

    /// <summary>Which benchmark a gold file belongs to, from the fields of its first entry.</summary>
    public static ExtractionBenchmarkFormat DetectFormat(JsonDocument gold)
    {
        foreach (var entry in gold.RootElement.EnumerateObject())
        {
            if (entry.Value.TryGetProperty("with", out _))
            {
                return ExtractionBenchmarkFormat.Snippets;
            }
            if (entry.Value.TryGetProperty("text", out _))
            {
                return ExtractionBenchmarkFormat.ExpectedText;
            }
            break;
        }
        throw new InvalidDataException("gold.json has neither \"with\"/\"without\" snippets nor an expected \"text\"; not an extraction benchmark.");
    }

    private static Stream OpenEither(string directory, string name)
    {
        var plain = Path.Combine(directory, name);
        if (File.Exists(plain))
        {
            return File.OpenRead(plain);
        }
        var gzipped = plain + ".gz";
        if (File.Exists(gzipped))
        {
            return new GZipStream(File.OpenRead(gzipped), CompressionMode.Decompress);
        }
        throw new FileNotFoundException($"Neither {name} nor {name}.gz is in {directory}.", plain);
    }
}
