using System.Text.Json;

namespace Triangulate.Ingest;

/// <summary>
/// JSON lines: one article per line with id, url, title, text or html, date and outlet. A line that is not JSON,
/// has neither text nor html, gives a field of the wrong type or a date that is not one becomes a problem naming
/// the file and line (an article stored with a wrong date could not be corrected by ingesting it again); the lines
/// after it still go in. A line longer than the limit is skipped without being held in memory.
/// </summary>
public static class JsonLinesReader
{
    private static readonly string[] StringFields = ["url", "title", "text", "html", "date", "outlet"];

    public static IEnumerable<SourceItem> Read(TextReader reader, string path, ArticleHints overrides, long maxLineChars)
    {
        var number = 0;
        foreach (var line in BoundedLines.Read(reader, maxLineChars))
        {
            number++;
            if (line is null)
            {
                yield return SourceItem.Failed($"{path}#{number}", $"line {number} is longer than {maxLineChars / ReaderOptions.MiB:N0} MB; skipped");
                continue;
            }
            if (string.IsNullOrWhiteSpace(line))
                continue;
            yield return ReadLine(line, path, number, overrides);
        }
    }

    private static SourceItem ReadLine(string line, string path, int number, ArticleHints overrides)
    {
        SourceItem Failed(string reason) => SourceItem.Failed($"{path}#{number}", $"line {number} {reason}");
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return Failed("is not a JSON object");
            if (StringFields.FirstOrDefault(name => root.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)) is { } wrong)
                return Failed($"gives \"{wrong}\" as {Describe(root.GetProperty(wrong).ValueKind)}, not a string; skipped");
            var html = Field(root, "html");
            var text = Field(root, "text");
            if (string.IsNullOrWhiteSpace(html) && string.IsNullOrWhiteSpace(text))
                return Failed("has neither \"text\" nor \"html\"");
            var date = Field(root, "date");
            if (!string.IsNullOrWhiteSpace(date) && PublicationTimeResolver.ParseHinted(date) is null)
                return Failed($"gives \"date\": \"{(date.Length > 40 ? date[..40] + "…" : date)}\", which is not a date (use ISO 8601, as 2026-03-14 or 2026-03-14T09:30+01:00); skipped");
            var hints = new ArticleHints(Field(root, "id"), Field(root, "url"), Field(root, "title"), Field(root, "outlet"), date)
                .OverriddenBy(overrides);
            var source = hints.Url ?? hints.Id ?? $"{path}#{number}";
            return string.IsNullOrWhiteSpace(html)
                ? SourceItem.Of(new SourceDocument(source, DocumentFormat.PlainText, text!, hints))
                : SourceItem.Of(new SourceDocument(source, DocumentFormat.Html, html, hints));
        }
        catch (JsonException error)
        {
            return Failed($"is not valid JSON ({error.Message})");
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };

    /// <summary>A field's text; an id may also be a number.</summary>
    private static string? Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
