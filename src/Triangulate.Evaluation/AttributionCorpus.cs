using System.Text.Json;
using Triangulate.Facts;

namespace Triangulate.Evaluation;

/// <summary>A PolNeAR-format folder: docs.jsonl(.gz) with texts, gold.jsonl(.gz) with source, cue and content spans and a split.</summary>
public sealed class AttributionCorpus
{
    public required IReadOnlyDictionary<string, string> Texts { get; init; }
    public required IReadOnlyList<GoldDocument> Gold { get; init; }

    public static AttributionCorpus Read(string directory)
    {
        var docsPath = EvaluationFiles.Find(directory, "docs.jsonl") ?? throw new FileNotFoundException("no docs.jsonl in " + directory);
        var goldPath = EvaluationFiles.Find(directory, "gold.jsonl") ?? throw new FileNotFoundException("no gold.jsonl in " + directory);
        var texts = EvaluationFiles.ReadJsonLines(docsPath).ToDictionary(doc => doc.OptionalString("id")!, doc => doc.OptionalString("text") ?? "");
        var gold = EvaluationFiles.ReadJsonLines(goldPath).Select(line => new GoldDocument(
            line.OptionalString("id")!,
            line.OptionalString("split") ?? "",
            line.GetProperty("items").EnumerateArray().Select(item => new AnnotatedAttribution(
                Extent(item, "source"), Extent(item, "cue"), Extent(item, "content"))).ToList())).ToList();
        return new AttributionCorpus { Texts = texts, Gold = gold };
    }

    /// <summary>The texts and annotated attributions of the documents of one split, for fitting the finder.</summary>
    public IReadOnlyList<(string Text, IReadOnlyList<AnnotatedAttribution> Annotated)> Examples(string split) => Examples(Gold.Where(document => document.Split == split));

    /// <summary>The texts and annotated attributions of the given documents.</summary>
    public IReadOnlyList<(string Text, IReadOnlyList<AnnotatedAttribution> Annotated)> Examples(IEnumerable<GoldDocument> documents) =>
        [.. documents.Select(document => (Texts[document.Id], document.Items))];

    /// <summary>A role's spans as one extent from the first start to the last end (a quotation interrupted by "he said" is one content).</summary>
    private static TextSpan? Extent(JsonElement item, string role)
    {
        if (!item.TryGetProperty(role, out var spans) || spans.GetArrayLength() == 0)
            return null;
        var parts = spans.EnumerateArray().Select(span => (Start: span.GetProperty("start").GetInt32(), End: span.GetProperty("end").GetInt32(), Text: span.GetProperty("text").GetString()!)).ToList();
        return new TextSpan(parts.Min(p => p.Start), parts.Max(p => p.End), string.Join(" ", parts.Select(p => p.Text)));
    }

    public sealed record GoldDocument(string Id, string Split, IReadOnlyList<AnnotatedAttribution> Items);
}
