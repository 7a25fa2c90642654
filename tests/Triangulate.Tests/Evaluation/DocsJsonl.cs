using System.Text.Json;

namespace Triangulate.Tests.Evaluation;

/// <summary>Writes articles as an evaluation folder's docs.jsonl: the headline as the text's first line, then the body.</summary>
internal static class DocsJsonl
{
    public static void Write(string directory, IEnumerable<Article> articles) =>
        File.WriteAllLines(Path.Combine(directory, "docs.jsonl"), articles.Select(a => JsonSerializer.Serialize(new
        {
            id = a.Id,
            text = string.Join("\n", [a.Title, .. a.Body]),
            outlet = a.Outlet?.Name,
            date = a.Published?.Value.ToString("O"),
        })));
}
