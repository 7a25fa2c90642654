using Triangulate.Ingest;
using Triangulate.Reuse;

namespace Triangulate.Evaluation;

/// <summary>
/// Checks reuse detection against exact-duplicate gold (../shared/corpus: bbc/docs.jsonl.gz and bbc-duplicates.tsv,
/// <c>id&lt;TAB&gt;group</c>): every pair inside a gold group should be called verbatim (the same headline and every
/// body sentence verbatim, both ways), and no other pair. Also counts the derivations of kind verbatim the provenance
/// analysis makes, and how many of them fall outside the gold groups (near-duplicates).
/// </summary>
public static class DuplicateEvaluation
{
    public static EvaluationScores Evaluate(string directory, string? predictionsPath = null)
    {
        var docsPath = EvaluationFiles.Find(Path.Combine(directory, "bbc"), "docs.jsonl") ?? throw new FileNotFoundException("no bbc/docs.jsonl(.gz) in " + directory);
        var goldPath = Path.Combine(directory, "bbc-duplicates.tsv");
        var documents = EvaluationFiles.ReadJsonLines(docsPath)
            .Select(doc => new SourceDocument(doc.OptionalString("id")!, DocumentFormat.PlainText, doc.OptionalString("text") ?? "",
                new ArticleHints(Id: doc.OptionalString("id"), Title: doc.OptionalString("title"))))
            .ToList();
        var articles = documents.AsParallel().AsOrdered().Select(ArticleExtractor.Extract).ToList();
        var documentOf = articles.Select((article, i) => (article.Id, documents[i].Source)).ToDictionary(x => x.Id, x => x.Source);

        var titles = articles.ToDictionary(article => article.Id, article => article.Title);
        // A verbatim copy carries the headline too: the same body under a new headline is a re-headlined copy.
        var provenance = ProvenanceAnalyzer.Analyze(articles);
        var predicted = provenance.Pairs
            .Where(reuse => reuse.ShareOfSource == 1 && reuse.ShareOfCopy == 1 && reuse.Alignments.All(a => a.Kind == AlignmentKind.Verbatim)
                && titles[reuse.Source] == titles[reuse.Copy])
            .Select(reuse => Ordered(documentOf[reuse.Source], documentOf[reuse.Copy]))
            .ToHashSet();
        var goldGroups = File.ReadLines(goldPath).Skip(1).Select(line => line.Split('\t')).Where(fields => fields.Length >= 2)
            .GroupBy(fields => fields[1], fields => fields[0])
            .ToList();
        var gold = goldGroups
            .SelectMany(group => group.SelectMany(a => group.Where(b => string.CompareOrdinal(a, b) < 0).Select(b => (a, b))))
            .ToHashSet();
        if (predictionsPath is not null)
            File.WriteAllLines(predictionsPath, ["id\tduplicate_of", .. predicted.Select(pair => $"{pair.Item2}\t{pair.Item1}")]);

        var score = new PrecisionRecall(predicted.Count(gold.Contains), predicted.Count, gold.Count);
        var articleOf = documentOf.ToDictionary(x => x.Value, x => x.Key);
        var groupsFound = goldGroups.Count(group =>
            group.Select(doc => provenance.GroupOf(articleOf[doc])).Distinct().Count() == 1
            && group.Count(doc => provenance.DerivationOf(articleOf[doc])?.Kind == DerivationKind.Verbatim) >= group.Count() - 1);
        var verbatimDerivations = provenance.Groups.SelectMany(g => g.Derivations)
            .Where(d => d.Kind == DerivationKind.Verbatim && d.ParentArticleId is not null)
            .Select(d => Ordered(documentOf[d.ArticleId], documentOf[d.ParentArticleId!]))
            .ToList();
        return new EvaluationScores(new Dictionary<string, double>
        {
            ["pair_precision"] = score.Precision,
            ["pair_recall"] = score.Recall,
            ["pair_f1"] = score.F1,
            ["gold_pairs"] = gold.Count,
            ["verbatim_pairs"] = predicted.Count,
            ["other_pairs_called_verbatim"] = predicted.Count(pair => !gold.Contains(pair)),
            ["verbatim_derivations"] = verbatimDerivations.Count,
            ["verbatim_derivations_outside_gold"] = verbatimDerivations.Count(pair => !gold.Contains(pair)),
            ["gold_groups"] = goldGroups.Count,
            ["gold_groups_found_as_verbatim_copies"] = groupsFound,
            ["provenance_groups"] = provenance.Groups.Count,
        });
    }

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
