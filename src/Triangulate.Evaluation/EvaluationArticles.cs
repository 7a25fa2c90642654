using System.Globalization;
using System.Text.Json;
using Triangulate.Ingest;
using Triangulate.Text;

namespace Triangulate.Evaluation;

/// <summary>Reads an evaluation folder's docs.jsonl (or .jsonl.gz) into articles, taking the text as given.</summary>
internal static class EvaluationArticles
{
    private const string Evidence = "docs.jsonl";

    /// <summary>The articles of a JSON-lines file: <c>id</c>, <c>text</c> and optional <c>title</c>, <c>url</c>, <c>outlet</c>, <c>date</c>.
    /// Without a title, the text's first line is the title and the rest the body.</summary>
    public static IEnumerable<Article> Read(string path)
    {
        using var reader = EvaluationFiles.OpenText(path);
        while (reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return Parse(line);
            }
        }
    }

    /// <summary>A tab-separated file with a header row: first column → second column.</summary>
    public static Dictionary<string, string> ReadPairs(string path) =>
        File.ReadLines(path).Skip(1)
            .Select(line => line.Split('\t'))
            .Where(fields => fields.Length >= 2)
            .ToDictionary(fields => fields[0], fields => fields[1], StringComparer.Ordinal);

    private static Article Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var id = Field(root, "id") ?? throw new InvalidDataException("A document has no id.");
        var text = Field(root, "text") ?? "";
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var title = Field(root, "title");
        if (title is null && lines.Count > 0)
        {
            title = lines[0];
            lines.RemoveAt(0);
        }
        var url = Field(root, "url");
        var outlet = Field(root, "outlet") is { } name ? new Outlet(name, Evidence) : null;
        var published = DateTimeOffset.TryParse(Field(root, "date"), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var date)
            ? new PublicationTime(date, TimePrecision.Day, false, Evidence)
            : null;
        return new Article(id, XxHash64.HexHash(text), url ?? id, url, title ?? "", outlet, published, [], null, lines, []);
    }

    private static string? Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
