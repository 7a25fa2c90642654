using Triangulate.Text;

namespace Triangulate.Reuse;

/// <summary>
/// Describes how two sentences relate, as numbers a <see cref="ParaphraseModel"/> weighs: word, stem and n-gram overlap,
/// content-word coverage, agreement of numbers and names, length, word order, character trigrams and negation.
/// Every feature is symmetric: swapping the sentences gives the same vector.
/// </summary>
public static class ParaphraseFeatures
{
    /// <summary>Sentences are compared on at most this many words, which bounds the quadratic alignments.</summary>
    public const int MaxWords = 200;

    /// <summary>The feature names, parallel to the vector <see cref="Compute(TextProfile, TextProfile)"/> returns.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "form_min", "form_max", "form_f",
        "stem_min", "stem_max", "stem_f",
        "bigram_min", "bigram_max", "bigram_f",
        "trigram_f",
        "content_min", "content_max", "content_f",
        "unmatched_content_min", "unmatched_content_max",
        "unmatched_substantive_min", "unmatched_substantive_max",
        "unmatched_run_min", "unmatched_run_max",
        "fuzzy_content_min", "fuzzy_content_max",
        "weighted_min", "weighted_max", "weighted_f",
        "unmatched_weight_min", "unmatched_weight_max",
        "content_bigram_f",
        "unmatched_numbers", "numbers_disagree", "numbers_agree", "numbers_conflict", "numbers_one_side",
        "unmatched_names_min", "unmatched_names_max",
        "length_ratio", "length_difference", "mean_log_length",
        "lcs_min", "lcs_max",
        "char_trigram_dice",
        "negation_mismatch",
        "bleu",
        "edit_distance",
        "identical",
    ];

    /// <summary>The features of a sentence pair, words weighted by <paramref name="weights"/>.</summary>
    public static double[] Compute(string first, string second, WordWeights weights) =>
        Compute(TextProfiler.Profile(first), TextProfiler.Profile(second), weights);

    /// <summary>The features of a pair of profiled sentences, words weighted by <paramref name="weights"/>.</summary>
    public static double[] Compute(TextProfile first, TextProfile second, WordWeights weights)
    {
        var a = ComparedSentence.Of(first);
        var b = ComparedSentence.Of(second);
        var features = new List<double>(Names.Count);

        AddOverlap(features, a.SortedForms, b.SortedForms);
        AddOverlap(features, a.SortedStemGrams[0], b.SortedStemGrams[0]);
        AddOverlap(features, a.SortedStemGrams[1], b.SortedStemGrams[1]);
        features.Add(Overlap(a.SortedStemGrams[2], b.SortedStemGrams[2]).F);
        AddOverlap(features, a.SortedContent, b.SortedContent);

        var unmatchedA = Unmatched(a.ContentStems, b.StemSet);
        var unmatchedB = Unmatched(b.ContentStems, a.StemSet);
        features.Add(Math.Min(unmatchedA, unmatchedB));
        features.Add(Math.Max(unmatchedA, unmatchedB));

        var substantiveA = Unmatched(a.Substantive, b.StemSet);
        var substantiveB = Unmatched(b.Substantive, a.StemSet);
        features.Add(Math.Min(substantiveA, substantiveB));
        features.Add(Math.Max(substantiveA, substantiveB));

        var runA = LongestUnmatchedRun(a.Stems, b.StemSet);
        var runB = LongestUnmatchedRun(b.Stems, a.StemSet);
        features.Add(Math.Min(runA, runB));
        features.Add(Math.Max(runA, runB));

        var fuzzyA = FuzzyRecall(a.ContentStems, b.ContentStems);
        var fuzzyB = FuzzyRecall(b.ContentStems, a.ContentStems);
        features.Add(Math.Min(fuzzyA, fuzzyB));
        features.Add(Math.Max(fuzzyA, fuzzyB));

        var weightedA = WeightedRecall(a.Stems, b.StemSet, weights);
        var weightedB = WeightedRecall(b.Stems, a.StemSet, weights);
        features.Add(Math.Min(weightedA.Recall, weightedB.Recall));
        features.Add(Math.Max(weightedA.Recall, weightedB.Recall));
        features.Add(weightedA.Recall + weightedB.Recall == 0 ? 0 : 2 * weightedA.Recall * weightedB.Recall / (weightedA.Recall + weightedB.Recall));
        features.Add(Math.Min(weightedA.Missing, weightedB.Missing));
        features.Add(Math.Max(weightedA.Missing, weightedB.Missing));

        features.Add(Overlap(a.SortedContentBigrams, b.SortedContentBigrams).F);

        var unmatchedNumbers = UnmatchedNumbers(first.Numbers, second.Numbers) + UnmatchedNumbers(second.Numbers, first.Numbers);
        features.Add(unmatchedNumbers);
        features.Add(unmatchedNumbers > 0 ? 1 : 0);
        var bothHaveNumbers = first.Numbers.Count > 0 && second.Numbers.Count > 0;
        features.Add(unmatchedNumbers == 0 && bothHaveNumbers ? 1 : 0);
        features.Add(unmatchedNumbers > 0 && bothHaveNumbers ? 1 : 0);
        features.Add(unmatchedNumbers > 0 && !bothHaveNumbers ? 1 : 0);

        var namesA = Unmatched(a.Names, b.StemSet);
        var namesB = Unmatched(b.Names, a.StemSet);
        features.Add(Math.Min(namesA, namesB));
        features.Add(Math.Max(namesA, namesB));

        double lengthA = a.Stems.Count, lengthB = b.Stems.Count;
        features.Add(Math.Min(lengthA, lengthB) / Math.Max(1, Math.Max(lengthA, lengthB)));
        features.Add(Math.Abs(lengthA - lengthB));
        features.Add((Math.Log(1 + lengthA) + Math.Log(1 + lengthB)) / 2);

        var lcs = LongestCommonSubsequence(a.StemKeys, b.StemKeys);
        features.Add(lcs / Math.Max(1, Math.Max(lengthA, lengthB)));
        features.Add(lcs / Math.Max(1, Math.Min(lengthA, lengthB)));

        features.Add(Overlap(a.SortedCharacterTrigrams, b.SortedCharacterTrigrams).F);
        features.Add(a.NegationCount % 2 != b.NegationCount % 2 ? 1 : 0);
        features.Add(SymmetricBleu(a, b));
        features.Add(EditDistance(a.StemKeys, b.StemKeys) / Math.Max(1, Math.Max(lengthA, lengthB)));
        features.Add(a.Forms.SequenceEqual(b.Forms) ? 1 : 0);
        return features.ToArray();
    }

    private static void AddOverlap(List<double> features, ulong[] a, ulong[] b)
    {
        var (precision, recall, f) = Overlap(a, b);
        features.Add(Math.Min(precision, recall));
        features.Add(Math.Max(precision, recall));
        features.Add(f);
    }

    /// <summary>Clipped multiset overlap of two sorted key arrays: the share of <paramref name="a"/> found in <paramref name="b"/>, the reverse, and their harmonic mean.</summary>
    private static (double Precision, double Recall, double F) Overlap(ulong[] a, ulong[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? (1, 1, 1) : (0, 0, 0);
        }

        var shared = SentenceKeys.Shared(a, b);
        double precision = (double)shared / a.Length, recall = (double)shared / b.Length;
        return (precision, recall, shared == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    private static int Unmatched(IReadOnlyList<string> items, IReadOnlySet<string> other)
    {
        var count = 0;
        foreach (var item in items)
        {
            if (!other.Contains(item))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Weighted share of <paramref name="stems"/> found in <paramref name="other"/>, and the weight of those missing.</summary>
    private static (double Recall, double Missing) WeightedRecall(IReadOnlyList<string> stems, IReadOnlySet<string> other, WordWeights weights)
    {
        double total = 0, missing = 0;
        foreach (var stem in stems)
        {
            var weight = weights.Of(stem);
            total += weight;
            if (!other.Contains(stem))
            {
                missing += weight;
            }
        }

        return (total == 0 ? 1 : 1 - missing / total, missing);
    }

    /// <summary>The longest stretch of consecutive words of one sentence that the other lacks: an added clause.</summary>
    private static int LongestUnmatchedRun(IReadOnlyList<string> stems, IReadOnlySet<string> other)
    {
        int longest = 0, run = 0;
        foreach (var stem in stems)
        {
            run = other.Contains(stem) ? 0 : run + 1;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>Share of <paramref name="items"/> with a counterpart in <paramref name="other"/> sharing its first five letters (spelling variants, derivations).</summary>
    private static double FuzzyRecall(IReadOnlyList<string> items, IReadOnlyList<string> other)
    {
        if (items.Count == 0)
        {
            return other.Count == 0 ? 1 : 0;
        }

        var matched = 0;
        foreach (var item in items)
        {
            if (other.Any(candidate => SharePrefix(item, candidate)))
            {
                matched++;
            }
        }

        return (double)matched / items.Count;
    }

    private static bool SharePrefix(string x, string y)
    {
        var length = Math.Min(5, Math.Min(x.Length, y.Length));
        return x == y || (length >= 4 && x.AsSpan(0, length).SequenceEqual(y.AsSpan(0, length)));
    }

    private static int UnmatchedNumbers(IReadOnlyList<NumberMention> numbers, IReadOnlyList<NumberMention> other)
    {
        var count = 0;
        foreach (var number in numbers)
        {
            if (!other.Any(candidate => SameQuantity(candidate.Value.Value, number.Value.Value)))
            {
                count++;
            }
        }

        return count;
    }

    private static bool SameQuantity(double x, double y) => Math.Abs(x - y) <= 1e-9 * Math.Max(Math.Abs(x), Math.Abs(y));

    private static double LongestCommonSubsequence(ulong[] a, ulong[] b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static double EditDistance(ulong[] a, ulong[] b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>Sentence BLEU (n-grams 1 to 4, add-one smoothed) of each sentence against the other, averaged.</summary>
    private static double SymmetricBleu(ComparedSentence a, ComparedSentence b) =>
        (Bleu(a, b) + Bleu(b, a)) / 2;

    private static double Bleu(ComparedSentence candidate, ComparedSentence reference)
    {
        if (candidate.StemKeys.Length == 0 || reference.StemKeys.Length == 0)
        {
            return 0;
        }

        var logPrecision = 0.0;
        for (var n = 1; n <= 4; n++)
        {
            var grams = candidate.SortedStemGrams[n - 1];
            var (precision, _, _) = Overlap(grams, reference.SortedStemGrams[n - 1]);
            logPrecision += Math.Log((precision * grams.Length + 1) / (grams.Length + 1.0));
        }

        var brevity = candidate.StemKeys.Length >= reference.StemKeys.Length ? 1 : Math.Exp(1 - (double)reference.StemKeys.Length / candidate.StemKeys.Length);
        return brevity * Math.Exp(logPrecision / 4);
    }
}
