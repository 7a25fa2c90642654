using System.Globalization;
using System.Text.Json;

namespace Triangulate.Evaluation.Synthetic;

/// <summary>
/// A generated corpus and its gold: docs.jsonl (id, title, text, date, outlet), gold.tsv (id, family: the stories
/// gold, so <c>eval stories</c> scores it too), derivations.tsv (id, parent, kind) and changes.tsv (document, kind,
/// origin_text, text).
/// </summary>
public sealed record SyntheticCorpus(IReadOnlyList<SyntheticDocument> Documents, IReadOnlyList<PlantedChange> Changes)
{
    public void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllLines(Path.Combine(directory, "docs.jsonl"), Documents.Select(d => JsonSerializer.Serialize(new
        {
            id = d.Id,
            title = d.Title,
            text = string.Join("\n\n", d.Sentences),
            date = d.Published.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            outlet = d.Outlet,
        })));
        File.WriteAllLines(Path.Combine(directory, "gold.tsv"), ["id\tcluster", .. Documents.Select(d => $"{d.Id}\t{d.Family}")]);
        File.WriteAllLines(Path.Combine(directory, "derivations.tsv"), ["id\tparent\tkind", .. Documents.Select(d => $"{d.Id}\t{d.Parent}\t{d.Kind}")]);
        File.WriteAllLines(Path.Combine(directory, "changes.tsv"), ["document\tkind\torigin_text\ttext", .. Changes.Select(c => $"{c.Document}\t{c.Kind}\t{Clean(c.OriginText)}\t{Clean(c.Text)}")]);
    }

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ');
}
