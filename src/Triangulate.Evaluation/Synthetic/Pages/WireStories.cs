using System.Globalization;
using Triangulate.Text;

namespace Triangulate.Evaluation.Synthetic.Pages;

/// <summary>Reads wire stories from a corpus folder (../shared/corpus: docs.jsonl or .gz files below it).</summary>
public static class WireStories
{
    public static IEnumerable<WireStory> Read(string directory) =>
        Directory.EnumerateFiles(directory, "docs.jsonl*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .SelectMany(EvaluationFiles.ReadJsonLines)
            .Select(doc => new WireStory(
                doc.OptionalString("id") ?? "",
                doc.OptionalString("title") ?? "",
                Sentences(doc.OptionalString("text") ?? ""),
                DateTimeOffset.TryParse(doc.OptionalString("date"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null,
                doc.OptionalString("outlet") ?? "",
                doc.OptionalString("dateline"),
                doc.OptionalString("topic")))
            .Where(story => story.Id.Length > 0 && story.Title.Length > 0 && story.Sentences.Count >= 2);

    /// <summary>The text's sentences, paragraph by paragraph.</summary>
    public static List<string> Sentences(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(paragraph => SentenceSplitter.Split(paragraph).Select(span => paragraph.Substring(span.Start, span.Length)))
            .ToList();
}
