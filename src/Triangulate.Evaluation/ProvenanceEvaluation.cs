using System.Text;
using Triangulate.Ingest;
using Triangulate.Evaluation.Synthetic;
using Triangulate.Reuse;
using Triangulate.Stories;

namespace Triangulate.Evaluation;

/// <summary>
/// The <c>provenance</c> evaluation suite, for a folder written by the synthetic-corpus generator (docs.jsonl,
/// derivations.tsv, changes.tsv, gold.tsv): runs story clustering and provenance, as `run` does, on the documents as plain text with their title, date and
/// outlet, and scores derivation edges (the right parent; per kind, the right parent and kind), origins (per family)
/// and changes (per kind: the same article, kind and words).
/// </summary>
public static class ProvenanceEvaluation
{
    private static readonly string[] CopyKinds = ["verbatim", "trimmed", "edited", "paraphrase", "rewrite"];
    private static readonly string[] ChangeKinds = ["quote", "figure", "attribution", "label", "added", "dropped"];

    public static EvaluationScores Evaluate(string directory, string? predictionsPath = null)
    {
        var docsPath = EvaluationFiles.Find(directory, "docs.jsonl") ?? throw new FileNotFoundException("no docs.jsonl(.gz) in " + directory);
        var documents = EvaluationFiles.ReadJsonLines(docsPath)
            .Select(doc => new SourceDocument(doc.OptionalString("id")!, DocumentFormat.PlainText, doc.OptionalString("text") ?? "",
                new ArticleHints(Id: doc.OptionalString("id"), Title: doc.OptionalString("title"), Outlet: doc.OptionalString("outlet"), Date: doc.OptionalString("date"))))
            .ToList();
        var articles = documents.AsParallel().AsOrdered().Select(ArticleExtractor.Extract).ToList();
        var documentOf = articles.ToDictionary(a => a.Id, a => a.Source);
        var articleOf = articles.ToDictionary(a => a.Source, a => a.Id);
        var gold = File.ReadLines(Path.Combine(directory, "derivations.tsv")).Skip(1).Select(line => line.Split('\t'))
            .ToDictionary(f => f[0], f => (Parent: f[1], Kind: f[2]));
        var families = EvaluationArticles.ReadPairs(Path.Combine(directory, "gold.tsv"));
        var goldChanges = File.ReadLines(Path.Combine(directory, "changes.tsv")).Skip(1).Select(line => line.Split('\t'))
            .Select(f => (Document: f[0], Kind: f[1], OriginText: f[2], Text: f[3])).ToList();

        var provenance = ProvenanceAnalyzer.Analyze(articles, StoryClusterer.Cluster(articles).Select(s => s.ArticleIds));
        var predicted = new Dictionary<string, (string Parent, string Kind)>();
        foreach (var group in provenance.Groups)
        {
            foreach (var derivation in group.Derivations.Where(d => d.ArticleId != group.Origin.ArticleId))
            {
                var parent = derivation.From == group.Origin.Name ? group.Origin.Name : documentOf[derivation.ParentArticleId!];
                predicted[documentOf[derivation.ArticleId]] = (parent, derivation.Kind.ToString().ToLowerInvariant());
            }
        }
        if (predictionsPath is not null)
            File.WriteAllLines(predictionsPath, ["id\tparent\tkind", .. predicted.Select(p => $"{p.Key}\t{p.Value.Parent}\t{p.Value.Kind}")]);

        var metrics = new Dictionary<string, double>(StringComparer.Ordinal) { ["documents"] = documents.Count, ["groups"] = provenance.Groups.Count };
        var goldEdges = gold.Where(g => CopyKinds.Contains(g.Value.Kind)).ToDictionary(g => g.Key, g => g.Value);
        bool SameParent(string document) =>
            predicted.TryGetValue(document, out var guess) && goldEdges.TryGetValue(document, out var truth)
            && (guess.Parent == truth.Parent || NewsAgencies.Same(guess.Parent, truth.Parent));
        Add(metrics, "edge_", new PrecisionRecall(predicted.Keys.Count(SameParent), predicted.Count, goldEdges.Count));
        foreach (var kind in CopyKinds)
        {
            var correct = predicted.Count(p => p.Value.Kind == kind && SameParent(p.Key) && goldEdges[p.Key].Kind == kind);
            Add(metrics, kind + "_", new PrecisionRecall(correct, predicted.Count(p => p.Value.Kind == kind), goldEdges.Count(g => g.Value.Kind == kind)));
        }

        var familyIds = families.GroupBy(f => f.Value, f => f.Key).Where(g => !g.Key.StartsWith(SyntheticCorpusGenerator.DistractorPrefix, StringComparison.Ordinal)).ToList();
        var originsRight = 0;
        var pure = 0;
        foreach (var family in familyIds)
        {
            var groups = family.Select(doc => provenance.GroupOf(articleOf[doc])).OfType<ProvenanceGroup>().ToList();
            var main = groups.GroupBy(g => g).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            var originDocument = family.FirstOrDefault(doc => gold[doc].Kind == "origin");
            var agency = family.Select(doc => gold[doc].Parent).FirstOrDefault(parent => parent.Length > 0 && !parent.StartsWith("family", StringComparison.Ordinal));
            if (main is not null
                && (agency is null || NewsAgencies.Same(main.Origin.Name, agency))
                && (originDocument is null ? main.Origin.ArticleId is null : main.Origin.ArticleId is { } originArticle && documentOf[originArticle] == originDocument))
                originsRight++;
            if (main is not null && groups.Count == family.Count() && main.ArticleIds.Count == family.Count())
                pure++;
        }
        metrics["families"] = familyIds.Count;
        metrics["origin_accuracy"] = familyIds.Count == 0 ? 0 : (double)originsRight / familyIds.Count;
        metrics["family_purity"] = familyIds.Count == 0 ? 0 : (double)pure / familyIds.Count;
        metrics["distractors_linked"] = families.Count(f => f.Value.StartsWith(SyntheticCorpusGenerator.DistractorPrefix, StringComparison.Ordinal) && provenance.GroupOf(articleOf[f.Key]) is not null);

        var predictedChanges = provenance.Groups.SelectMany(g => g.Changes)
            .Select(c => (Document: documentOf[c.ArticleId], Kind: c.Kind.ToString().ToLowerInvariant(), OriginText: c.OriginText ?? "", Text: c.Text ?? ""))
            .Where(c => goldEdges.ContainsKey(c.Document))
            .ToList();
        foreach (var kind in ChangeKinds)
        {
            var truths = goldChanges.Where(c => c.Kind == kind).ToList();
            var guesses = predictedChanges.Where(c => c.Kind == kind).ToList();
            // Precision counts the guesses that match a planted change, recall the planted changes some guess matches.
            var found = truths.Count(t => guesses.Any(g => g.Document == t.Document && Matches(g.OriginText, t.OriginText) && Matches(g.Text, t.Text)));
            var right = guesses.Count(g => truths.Any(t => g.Document == t.Document && Matches(g.OriginText, t.OriginText) && Matches(g.Text, t.Text)));
            var precision = new PrecisionRecall(right, guesses.Count, truths.Count).Precision;
            var recall = new PrecisionRecall(found, guesses.Count, truths.Count).Recall;
            metrics[$"change_{kind}_precision"] = precision;
            metrics[$"change_{kind}_recall"] = recall;
            metrics[$"change_{kind}_f1"] = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            metrics[$"change_{kind}_gold"] = truths.Count;
        }
        return new EvaluationScores(metrics);
    }

    private static void Add(Dictionary<string, double> metrics, string prefix, PrecisionRecall score)
    {
        metrics[prefix + "precision"] = score.Precision;
        metrics[prefix + "recall"] = score.Recall;
        metrics[prefix + "f1"] = score.F1;
        metrics[prefix + "gold"] = score.Gold;
    }

    /// <summary>Two texts match when, reduced to letters and digits, one holds the other (both empty for an added or dropped side).</summary>
    private static bool Matches(string predicted, string gold)
    {
        var (a, b) = (Letters(predicted), Letters(gold));
        return a.Length == 0 || b.Length == 0 ? a.Length == b.Length : a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal);
    }

    private static string Letters(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
                builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
