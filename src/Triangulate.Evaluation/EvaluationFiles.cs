using System.IO.Compression;
using System.Text.Json;

namespace Triangulate.Evaluation;

/// <summary>Reads the files of an evaluation folder (../shared/eval format): plain or .gz, one JSON object a line.</summary>
public static class EvaluationFiles
{
    /// <summary>The path of <paramref name="name"/> in the folder, or of its .gz twin; null when neither exists.</summary>
    public static string? Find(string directory, string name)
    {
        var plain = Path.Combine(directory, name);
        if (File.Exists(plain))
            return plain;
        return File.Exists(plain + ".gz") ? plain + ".gz" : null;
    }

    public static TextReader OpenText(string path)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            stream = new GZipStream(stream, CompressionMode.Decompress);
        return new StreamReader(stream);
    }

    public static IEnumerable<JsonElement> ReadJsonLines(string path)
    {
        using var reader = OpenText(path);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
                continue;
            using var document = JsonDocument.Parse(line);
            yield return document.RootElement.Clone();
        }
    }

    public static string? OptionalString(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
