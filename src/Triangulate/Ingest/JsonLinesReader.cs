using System.Text.Json;

namespace Triangulate.Ingest;

/// <summary>
/// JSON lines: one article per line with id, url, title, text or html, date and outlet. A line that is not JSON, or
/// has neither text nor html, becomes a problem naming the file and line; the lines after it still go in.
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<SourceItem> Read(TextReader reader, string path, ArticleHints overrides, long maxLineChars)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            if (line.Length > maxLineChars)
            {
                yield return SourceItem.Failed($"{path}#{number}", $"line {number} is longer than {maxLineChars / ReaderOptions.MiB:N0} MB; skipped");
                continue;
            }
            yield return ReadLine(line, path, number, overrides);
        }
    }

    private static SourceItem ReadLine(string line, string path, int number, ArticleHints overrides)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return SourceItem.Failed($"{path}#{number}", $"line {number} is not a JSON object");
            var html = Field(root, "html");
            var text = Field(root, "text");
            if (string.IsNullOrWhiteSpace(html) && string.IsNullOrWhiteSpace(text))
                return SourceItem.Failed($"{path}#{number}", $"line {number} has neither \"text\" nor \"html\"");
            var hints = new ArticleHints(Field(root, "id"), Field(root, "url"), Field(root, "title"), Field(root, "outlet"), Field(root, "date"))
                .OverriddenBy(overrides);
            var source = hints.Url ?? hints.Id ?? $"{path}#{number}";
            return string.IsNullOrWhiteSpace(html)
                ? SourceItem.Of(new SourceDocument(source, DocumentFormat.PlainText, text!, hints))
                : SourceItem.Of(new SourceDocument(source, DocumentFormat.Html, html, hints));
        }
        catch (JsonException error)
        {
            return SourceItem.Failed($"{path}#{number}", $"line {number} is not valid JSON ({error.Message})");
        }
    }

    private static string? Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
