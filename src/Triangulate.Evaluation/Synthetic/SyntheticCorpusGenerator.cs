using System.Globalization;
using System.Text.Json;
using Triangulate.Text;

namespace Triangulate.Evaluation.Synthetic;

/// <summary>
/// Builds a synthetic provenance corpus from real articles (a docs.jsonl folder such as ../shared/corpus): each family
/// takes one article as the original and derives copies of every kind from it, with known parents and planted changes;
/// other articles stand alone as distractors. A third of the families carry an agency's own text, a third only copies
/// crediting the agency (whose wire must be reconstructed), a third no agency at all (the first outlet is the origin).
/// Deterministic for a seed.
/// </summary>
public sealed class SyntheticCorpusGenerator(int families, int distractors, int seed)
{
    /// <summary>How the gold names a distractor's cluster (each distractor is a cluster of its own).</summary>
    public const string DistractorPrefix = "distractor-";

    private const int MinimumSentences = 8;

    private static readonly (string Name, string Acronym)[] Agencies =
    [
        ("Northline Press Agency", "NPA"), ("Coastal News Agency", "CNA"), ("Meridian Press Agency", "MPA"), ("Harbour News Agency", "HNA"),
    ];

    private static readonly string[] Outlets =
    [
        "The Velmora Post", "Kell Courier", "Delta Times", "Island Herald", "Sarn Watch", "Harbour Daily", "Valley Ledger",
        "The Northern Ledger", "Bay Courier", "Valley Times", "Harbour Lights", "The Morning Star of Ostrava",
    ];

    private static readonly string[] Datelines = ["HARLOW", "OSTRAVA BAY", "KELL", "PORT MIRREN", "VELMORA CITY", "DUNMORE"];

    private static readonly string[] CopyKinds = ["verbatim", "trimmed", "paraphrase", "rewrite"];

    public SyntheticCorpus Generate(IEnumerable<(string Id, string Title, string Text)> sources)
    {
        var random = new Random(seed);
        var candidates = sources
            .Select(s => (s.Id, s.Title, Sentences: Sentences(s.Text)))
            .Where(s => s.Title.Length > 0 && s.Sentences.Count >= 3)
            .OrderBy(_ => random.Next())
            .ToList();
        var originals = candidates.Where(s => s.Sentences.Count >= MinimumSentences).Take(families).ToList();
        var used = originals.Select(s => s.Id).ToHashSet();
        var documents = new List<SyntheticDocument>();
        var changes = new List<PlantedChange>();
        var copier = new SyntheticCopier(random);
        var start = new DateTimeOffset(2025, 1, 6, 6, 0, 0, TimeSpan.Zero);

        for (var f = 0; f < originals.Count; f++)
        {
            var (_, title, sentences) = originals[f];
            var family = $"family-{f:D4}";
            var published = start.AddHours(37 * f);
            var mode = f % 3;
            var agency = Agencies[random.Next(Agencies.Length)];
            var dateline = mode == 2 ? "" : $"{Datelines[random.Next(Datelines.Length)]} ({agency.Acronym}) - ";
            var wire = sentences.ToList();
            wire[0] = dateline + wire[0];
            string parent;
            if (mode == 2)
            {
                documents.Add(new SyntheticDocument($"{family}-origin", title, wire, published, Pick(random), family, "", "origin"));
                parent = $"{family}-origin";
            }
            else if (mode == 0)
            {
                // The agency's own text is stored: its copies derive from that article, not from the agency's name.
                documents.Add(new SyntheticDocument($"{family}-origin", title, wire, published, agency.Name, family, "", "origin"));
                parent = $"{family}-origin";
            }
            else
            {
                parent = agency.Acronym;
            }

            var hours = 1;
            var kinds = CopyKinds.Where(_ => random.NextDouble() < 0.6).Prepend("edited").ToList();
            if (kinds.Count < 3)
                kinds.Add(CopyKinds[random.Next(CopyKinds.Length)] is var extra && !kinds.Contains(extra) ? extra : "verbatim");
            foreach (var kind in kinds.Distinct())
            {
                var id = $"{family}-{kind}";
                var (copy, planted) = kind switch
                {
                    "verbatim" => (wire, []),
                    "trimmed" => copier.Trimmed(id, wire),
                    "edited" => copier.Edited(id, wire),
                    "paraphrase" => copier.Paraphrase(id, wire),
                    _ => copier.Rewrite(id, wire, dateline),
                };
                var headline = kind is "verbatim" or "trimmed" ? title : Reheadlined(title, kind);
                documents.Add(new SyntheticDocument(id, headline, copy, published.AddHours(hours++), Pick(random), family, parent, kind));
                changes.AddRange(planted);
                if (kind == "edited" && random.NextDouble() < 0.4)
                    documents.Add(new SyntheticDocument($"{family}-copy-of-edited", headline, copy, published.AddHours(hours++ + 6), Pick(random), family, id, "verbatim"));
            }
        }

        foreach (var (id, title, sentences) in candidates.Where(s => !used.Contains(s.Id)).Take(distractors))
            documents.Add(new SyntheticDocument(DistractorPrefix + id, title, sentences, start.AddHours(random.Next(37 * Math.Max(1, originals.Count))), Pick(random), DistractorPrefix + id, "", "distractor"));
        return new SyntheticCorpus(documents, changes);
    }

    private static string Reheadlined(string title, string kind) => kind switch
    {
        "edited" => "UPDATE: " + title,
        "paraphrase" => title + " - report",
        _ => "Analysis: " + title,
    };

    private static string Pick(Random random) => Outlets[random.Next(Outlets.Length)];

    private static List<string> Sentences(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(paragraph => SentenceSplitter.Split(paragraph).Select(span => paragraph.Substring(span.Start, span.Length)))
            .ToList();

    /// <summary>Reads the corpora under a folder (every docs.jsonl or docs.jsonl.gz below it) as (id, title, text).</summary>
    public static IEnumerable<(string Id, string Title, string Text)> ReadSources(string directory) =>
        Directory.EnumerateFiles(directory, "docs.jsonl*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .SelectMany(EvaluationFiles.ReadJsonLines)
            .Select(doc => (doc.OptionalString("id") ?? "", doc.OptionalString("title") ?? "", doc.OptionalString("text") ?? ""))
            .Where(doc => doc.Item1.Length > 0);
}
