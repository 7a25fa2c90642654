using Triangulate.Ingest;
using Triangulate.Reuse;

namespace Triangulate.Evaluation;

/// <summary>
/// Checks reuse detection against exact-duplicate gold (../shared/corpus: bbc/docs.jsonl.gz and bbc-duplicates.tsv,
/// <c>id&lt;TAB&gt;group</c>): every pair inside a gold group should be called verbatim (the same headline and every
/// body sentence verbatim, both ways), and no other pair.
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
        var predicted = ReuseFinder.Find(articles)
            .Where(reuse => reuse.ShareOfSource == 1 && reuse.ShareOfCopy == 1 && reuse.Alignments.All(a => a.Kind == AlignmentKind.Verbatim)
                && titles[reuse.Source] == titles[reuse.Copy])
            .Select(reuse => Ordered(documentOf[reuse.Source], documentOf[reuse.Copy]))
            .ToHashSet();
        var gold = File.ReadLines(goldPath).Skip(1).Select(line => line.Split('\t')).Where(fields => fields.Length >= 2)
            .GroupBy(fields => fields[1], fields => fields[0])
            .SelectMany(group => group.SelectMany(a => group.Where(b => string.CompareOrdinal(a, b) < 0).Select(b => (a, b))))
            .ToHashSet();
        if (predictionsPath is not null)
            File.WriteAllLines(predictionsPath, ["id\tduplicate_of", .. predicted.Select(pair => $"{pair.Item2}\t{pair.Item1}")]);

        var score = new PrecisionRecall(predicted.Count(gold.Contains), predicted.Count, gold.Count);
        return new EvaluationScores(new Dictionary<string, double>
        {
            ["pair_precision"] = score.Precision,
            ["pair_recall"] = score.Recall,
            ["pair_f1"] = score.F1,
            ["gold_pairs"] = gold.Count,
            ["verbatim_pairs"] = predicted.Count,
            ["other_pairs_called_verbatim"] = predicted.Count(pair => !gold.Contains(pair)),
        });
    }

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
