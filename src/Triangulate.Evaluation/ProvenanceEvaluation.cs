using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Triangulate.Ingest;
using Triangulate.Evaluation.Synthetic;
using Triangulate.Evaluation.Synthetic.Pages;
using Triangulate.Reuse;
using Triangulate.Stories;

namespace Triangulate.Evaluation;

/// <summary>
/// The <c>provenance</c> evaluation suite, for a folder written by a synthetic-corpus generator (derivations.tsv,
/// changes.tsv, gold.tsv, and docs.jsonl): runs story clustering and provenance, as `run` does, and scores derivation
/// edges (the right parent; per kind, the right parent and kind), origins (per family) and changes (per kind: the same
/// article, kind and words). A plain-text corpus is read with its title, date and outlet given; a page corpus
/// (pages.tsv) is read from its HTML and feeds alone, and also scores dates and outlets, for the whole corpus and
/// for each half of the templates (metric names prefixed "fit_" and "heldout_").
/// </summary>
public static partial class ProvenanceEvaluation
{
    private static readonly string[] CopyKinds = ["verbatim", "trimmed", "edited", "paraphrase", "rewrite"];
    private static readonly string[] ChangeKinds = ["quote", "figure", "attribution", "label", "added", "dropped"];

    public static EvaluationScores Evaluate(string directory, string? predictionsPath = null)
    {
        var pages = PageCorpusReader.IsPageCorpus(directory) ? PageCorpusReader.Read(directory) : null;
        var articles = pages?.Articles ?? TextArticles(directory);
        var documentOf = articles.ToDictionary(a => a.Id, a => pages is null ? a.Source : pages.GoldOf[a.Id].Id);
        var articleOf = documentOf.ToDictionary(p => p.Value, p => p.Key);
        var gold = File.ReadLines(Path.Combine(directory, "derivations.tsv")).Skip(1).Select(line => line.Split('\t'))
            .ToDictionary(f => f[0], f => (Parent: f[1], Kind: f[2]));
        var families = EvaluationArticles.ReadPairs(Path.Combine(directory, "gold.tsv"));
        var planted = File.ReadLines(Path.Combine(directory, "changes.tsv")).Skip(1).Select(line => line.Split('\t'))
            .Select(f => (Document: f[0], Kind: f[1], OriginText: f[2], Text: f[3])).ToList();
        var shown = ShownWords(directory, families);
        // A change against a wire the corpus does not hold is scored only when some page of its story shows the wire's
        // words: a sentence every copy dropped, or a quotation only the copy that altered it carries, is seen by no one.
        var goldChanges = planted.Where(c => c.OriginText.Length == 0 || gold.ContainsKey(gold[c.Document].Parent)
            || shown.GetValueOrDefault(families[c.Document], "").Contains(Letters(c.OriginText), StringComparison.Ordinal)).ToList();

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
        var predictedChanges = provenance.Groups.SelectMany(g => g.Changes)
            .Select(c => (Document: documentOf[c.ArticleId], Kind: c.Kind.ToString().ToLowerInvariant(), OriginText: c.OriginText ?? "", Text: c.Text ?? "",
                From: documentOf.GetValueOrDefault(c.From, c.From)))
            .ToList();
        if (predictionsPath is not null)
            File.WriteAllLines(ChangesPath(predictionsPath), ["document\tkind\torigin_text\ttext\tfrom",
                .. predictedChanges.Select(c => string.Join('\t', c.Document, c.Kind, OneLine(c.OriginText), OneLine(c.Text), c.From))]);

        var scoring = new Scoring(gold, families, goldChanges, predicted,
            predictedChanges.Select(c => (c.Document, c.Kind, c.OriginText, c.Text)).ToList(), provenance, documentOf, articleOf);
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["documents"] = articles.Count, ["groups"] = provenance.Groups.Count, ["changes_unseen"] = planted.Count - goldChanges.Count,
        };
        scoring.AddTo(metrics, "", _ => true);
        metrics["distractors_linked"] = families.Count(f => f.Value.StartsWith(SyntheticCorpusGenerator.DistractorPrefix, StringComparison.Ordinal) && provenance.GroupOf(articleOf[f.Key]) is not null);
        if (pages is not null)
        {
            AddPageMetrics(metrics, "", pages, _ => true);
            foreach (var (half, prefix) in new[] { (PageHalf.Fit, "fit_"), (PageHalf.HeldOut, "heldout_") })
            {
                var inHalf = pages.GoldOf.Values.Where(g => g.Half == half).Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
                scoring.AddTo(metrics, prefix, inHalf.Contains);
                AddPageMetrics(metrics, prefix, pages, inHalf.Contains);
            }
            // Per template only on the fit half: the held-out templates are for reporting, not for looking into.
            var templateOf = pages.GoldOf.Values.ToDictionary(g => g.Id, g => g.Template, StringComparer.Ordinal);
            foreach (var template in PageTemplates.All.Where(t => t.Half == PageHalf.Fit))
                AddPageMetrics(metrics, $"fit_{template.Name}_", pages, id => templateOf[id] == template.Name);
        }
        return new EvaluationScores(metrics);
    }

    /// <summary>Per story (gold family), the letters and digits of everything its documents show, markup left out.</summary>
    private static Dictionary<string, string> ShownWords(string directory, Dictionary<string, string> families)
    {
        var docsPath = EvaluationFiles.Find(directory, "docs.jsonl") ?? throw new FileNotFoundException("no docs.jsonl(.gz) in " + directory);
        return EvaluationFiles.ReadJsonLines(docsPath)
            .Select(doc => (Family: families.GetValueOrDefault(doc.OptionalString("id") ?? "", ""),
                Text: doc.OptionalString("text") ?? WebUtility.HtmlDecode(Markup().Replace(doc.OptionalString("html") ?? "", " "))))
            .GroupBy(doc => doc.Family, doc => Letters(doc.Text))
            .ToDictionary(g => g.Key, g => string.Join(' ', g));
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Markup();

    /// <summary>Where the predicted changes go, beside the predicted derivations: "pred.tsv" gives "pred.changes.tsv", in the format of changes.tsv with the parent each change is against.</summary>
    public static string ChangesPath(string predictionsPath) =>
        Path.Combine(Path.GetDirectoryName(predictionsPath) ?? "", Path.GetFileNameWithoutExtension(predictionsPath) + ".changes.tsv");

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');

    private static List<Article> TextArticles(string directory)
    {
        var docsPath = EvaluationFiles.Find(directory, "docs.jsonl") ?? throw new FileNotFoundException("no docs.jsonl(.gz) in " + directory);
        return EvaluationFiles.ReadJsonLines(docsPath)
            .Select(doc => new SourceDocument(doc.OptionalString("id")!, DocumentFormat.PlainText, doc.OptionalString("text") ?? "",
                new ArticleHints(Id: doc.OptionalString("id"), Title: doc.OptionalString("title"), Outlet: doc.OptionalString("outlet"), Date: doc.OptionalString("date"))))
            .AsParallel().AsOrdered().Select(ArticleExtractor.Extract).ToList();
    }

    /// <summary>
    /// Dates to the day, of the pages that state one (the stated local day, or the same day in UTC); dates given to
    /// pages that state none; and outlets (the name, or the same agency).
    /// </summary>
    private static void AddPageMetrics(Dictionary<string, double> metrics, string prefix, PageCorpusArticles pages, Func<string, bool> inSet)
    {
        var scored = pages.Articles.Select(a => (Article: a, Gold: pages.GoldOf[a.Id])).Where(p => inSet(p.Gold.Id)).ToList();
        var stated = scored.Where(p => p.Gold.Date is not null).ToList();
        var rightDays = stated.Count(p => p.Article.Published is { } published
            && (DateOnly.FromDateTime(published.Value.DateTime) == p.Gold.Date
                || DateOnly.FromDateTime(published.Value.UtcDateTime) == DateOnly.FromDateTime(p.Gold.Published.UtcDateTime)));
        metrics[prefix + "date_pages"] = stated.Count;
        metrics[prefix + "date_accuracy"] = stated.Count == 0 ? 0 : (double)rightDays / stated.Count;
        metrics[prefix + "date_missing"] = stated.Count(p => p.Article.Published is null);
        metrics[prefix + "date_given_unstated"] = scored.Count(p => p.Gold.Date is null && p.Article.Published is { Inferred: false });
        var rightOutlets = scored.Count(p => p.Article.Outlet is { } outlet
            && (string.Equals(outlet.Name, p.Gold.Outlet, StringComparison.OrdinalIgnoreCase) || NewsAgencies.Same(outlet.Name, p.Gold.Outlet)));
        metrics[prefix + "outlet_accuracy"] = scored.Count == 0 ? 0 : (double)rightOutlets / scored.Count;
    }

    /// <summary>Edge, kind, origin and change scores over any subset of the documents.</summary>
    private sealed class Scoring(
        Dictionary<string, (string Parent, string Kind)> gold,
        Dictionary<string, string> families,
        List<(string Document, string Kind, string OriginText, string Text)> goldChanges,
        Dictionary<string, (string Parent, string Kind)> predicted,
        List<(string Document, string Kind, string OriginText, string Text)> predictedChanges,
        ProvenanceResult provenance,
        Dictionary<string, string> documentOf,
        Dictionary<string, string> articleOf)
    {
        // A headline-only feed item is a member of its story but no copy: no edge is asked of it, and none is held against it.
        private readonly HashSet<string> headlines = gold.Where(g => g.Value.Kind == "headline").Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        private readonly ILookup<string, string> membersOf = families.ToLookup(f => f.Value, f => f.Key, StringComparer.Ordinal);

        public void AddTo(Dictionary<string, double> metrics, string prefix, Func<string, bool> inSet)
        {
            var goldEdges = gold.Where(g => inSet(g.Key) && CopyKinds.Contains(g.Value.Kind)).ToDictionary(g => g.Key, g => g.Value);
            var guesses = predicted.Where(p => inSet(p.Key) && !headlines.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value);
            bool SameParent(string document) =>
                guesses.TryGetValue(document, out var guess) && goldEdges.TryGetValue(document, out var truth)
                && (guess.Parent == truth.Parent || NewsAgencies.Same(guess.Parent, truth.Parent));
            var rightEdges = guesses.Keys.Where(SameParent).ToList();
            Add(metrics, prefix + "edge_", new PrecisionRecall(rightEdges.Count, guesses.Count, goldEdges.Count));
            metrics[prefix + "kind_accuracy"] = rightEdges.Count == 0 ? 0 : (double)rightEdges.Count(d => guesses[d].Kind == goldEdges[d].Kind) / rightEdges.Count;
            foreach (var kind in CopyKinds)
            {
                var correct = guesses.Count(p => p.Value.Kind == kind && SameParent(p.Key) && goldEdges[p.Key].Kind == kind);
                Add(metrics, prefix + kind + "_", new PrecisionRecall(correct, guesses.Count(p => p.Value.Kind == kind), goldEdges.Count(g => g.Value.Kind == kind)));
            }
            AddOrigins(metrics, prefix, inSet);
            AddChanges(metrics, prefix, goldEdges);
        }

        /// <summary>Per family that has copies: its members' main group has the right origin; and holds exactly them.</summary>
        private void AddOrigins(Dictionary<string, double> metrics, string prefix, Func<string, bool> inSet)
        {
            var withCopies = gold.Where(g => CopyKinds.Contains(g.Value.Kind)).Select(g => families[g.Key]).ToHashSet(StringComparer.Ordinal);
            var familyMembers = families.Where(f => withCopies.Contains(f.Value) && inSet(f.Key) && !headlines.Contains(f.Key))
                .GroupBy(f => f.Value, f => f.Key).ToList();
            var originsRight = 0;
            var pure = 0;
            foreach (var family in familyMembers)
            {
                var members = family.ToList();
                var groups = members.Select(doc => provenance.GroupOf(articleOf[doc])).OfType<ProvenanceGroup>().ToList();
                var main = groups.GroupBy(g => g).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
                var allMembers = membersOf[family.Key];
                var originDocument = allMembers.FirstOrDefault(doc => gold[doc].Kind == "origin");
                // A parent that is no document is the agency whose wire the family copies.
                var agency = allMembers.Select(doc => gold[doc].Parent).FirstOrDefault(parent => parent.Length > 0 && !gold.ContainsKey(parent));
                if (main is not null
                    && (agency is null || NewsAgencies.Same(main.Origin.Name, agency))
                    && (originDocument is null ? main.Origin.ArticleId is null : main.Origin.ArticleId is { } originArticle && documentOf[originArticle] == originDocument))
                    originsRight++;
                if (main is not null && groups.Count == members.Count && main.ArticleIds.Count(a => inSet(documentOf[a])) == members.Count)
                    pure++;
            }
            metrics[prefix + "families"] = familyMembers.Count;
            metrics[prefix + "origin_accuracy"] = familyMembers.Count == 0 ? 0 : (double)originsRight / familyMembers.Count;
            metrics[prefix + "family_purity"] = familyMembers.Count == 0 ? 0 : (double)pure / familyMembers.Count;
        }

        private void AddChanges(Dictionary<string, double> metrics, string prefix, Dictionary<string, (string Parent, string Kind)> goldEdges)
        {
            var scoredChanges = predictedChanges.Where(c => goldEdges.ContainsKey(c.Document)).ToList();
            foreach (var kind in ChangeKinds)
            {
                var truths = goldChanges.Where(c => c.Kind == kind && goldEdges.ContainsKey(c.Document)).ToList();
                var guesses = scoredChanges.Where(c => c.Kind == kind).ToList();
                // Precision counts the guesses that match a planted change, recall the planted changes some guess matches.
                var found = truths.Count(t => guesses.Any(g => g.Document == t.Document && Matches(g.OriginText, t.OriginText) && Matches(g.Text, t.Text)));
                var right = guesses.Count(g => truths.Any(t => g.Document == t.Document && Matches(g.OriginText, t.OriginText) && Matches(g.Text, t.Text)));
                var precision = new PrecisionRecall(right, guesses.Count, truths.Count).Precision;
                var recall = new PrecisionRecall(found, guesses.Count, truths.Count).Recall;
                metrics[$"{prefix}change_{kind}_precision"] = precision;
                metrics[$"{prefix}change_{kind}_recall"] = recall;
                metrics[$"{prefix}change_{kind}_f1"] = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
                metrics[$"{prefix}change_{kind}_gold"] = truths.Count;
            }
        }
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
