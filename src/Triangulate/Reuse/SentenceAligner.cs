namespace Triangulate.Reuse;

/// <summary>
/// Matches each sentence of one article to its best source sentence in another: verbatim (same normalised words),
/// edited (most content stems shared), or paraphrase (some stems shared and the paraphrase model agrees). A source
/// sentence is used once, best matches first.
/// </summary>
public static class SentenceAligner
{
    public const double EditedOverlap = 0.6;
    public const double ParaphraseCandidateOverlap = 0.2;

    /// <summary>
    /// Whether aligning could link the two articles (<see cref="ProvenanceAnalyzer.Links"/>): a sentence close enough to
    /// be kept nearly word for word, or three that could be paraphrases. Overlaps only, no paraphrase model: most
    /// candidate pairs of a large corpus end here.
    /// </summary>
    public static bool MayShareText(IReadOnlyList<SentenceKeys> source, IReadOnlyList<SentenceKeys> copy)
    {
        var loose = 0;
        foreach (var keys in copy)
        {
            var best = 0.0;
            foreach (var other in source)
            {
                if (keys.WordsHash == other.WordsHash)
                    return true;
                best = Math.Max(best, keys.Overlap(other));
            }
            if (best >= EditedOverlap)
                return true;
            if (best >= ParaphraseCandidateOverlap && ++loose >= 3)
                return true;
        }
        return false;
    }

    public static IReadOnlyList<SentenceAlignment> Align(ArticleSentences source, ArticleSentences copy)
    {
        var candidates = new List<(int Sentence, int Source, double Overlap)>();
        for (var i = 0; i < copy.Keys.Count; i++)
        {
            var keys = copy.Keys[i];
            if (!keys.HasContent)
                continue;
            for (var j = 0; j < source.Keys.Count; j++)
            {
                var overlap = keys.WordsHash == source.Keys[j].WordsHash ? 1 : keys.Overlap(source.Keys[j]);
                if (overlap >= ParaphraseCandidateOverlap)
                    candidates.Add((i, j, overlap));
            }
        }

        var alignments = new List<SentenceAlignment>();
        var usedSentences = new HashSet<int>();
        var usedSources = new HashSet<int>();
        foreach (var (sentence, sourceIndex, overlap) in candidates.OrderByDescending(c => c.Overlap).ThenBy(c => Math.Abs(c.Sentence - c.Source)))
        {
            if (usedSentences.Contains(sentence) || usedSources.Contains(sourceIndex))
                continue;
            var kind = Classify(copy, sentence, source, sourceIndex, overlap);
            if (kind is null)
                continue;
            var wordChanges = kind == AlignmentKind.Edited ? WordDiff.Changes(source.Sentences[sourceIndex], copy.Sentences[sentence]) : [];
            alignments.Add(new SentenceAlignment(sentence, sourceIndex, kind.Value, overlap, wordChanges));
            usedSentences.Add(sentence);
            usedSources.Add(sourceIndex);
        }
        alignments.Sort((a, b) => a.Sentence.CompareTo(b.Sentence));
        return alignments;
    }

    /// <summary>Below this many tokens, two sentences whose numbers all differ are one template filled twice.</summary>
    public const int TemplateTokens = 20;

    /// <summary>
    /// "Oper shr 1.16 dlrs vs 85 cts" and "Oper shr 1.18 dlrs vs 58 cts" share every word but say different things:
    /// sentences whose numbers mostly differ are one template filled twice (this week's figures and last week's, one
    /// company's results and another's). A copy that corrects a figure keeps the others: a long sentence with one
    /// changed figure is still the same sentence; one with two or more changed, and no more numbers kept than changed,
    /// is not. A short one is not as soon as no more numbers are kept than changed.
    /// </summary>
    private static bool IsTemplate(Text.TextProfile first, Text.TextProfile second)
    {
        if (first.Numbers.Count == 0 || second.Numbers.Count == 0)
            return false;
        var kept = first.Numbers.Count(a => second.Numbers.Any(b => a.Value.Equals(b.Value)));
        var changed = Math.Max(first.Numbers.Count - kept, second.Numbers.Count(b => !first.Numbers.Any(a => a.Value.Equals(b.Value))));
        var isShort = Math.Min(first.Tokens.Count, second.Tokens.Count) < TemplateTokens;
        return changed >= kept && changed >= (isShort ? 1 : 2);
    }

    private static AlignmentKind? Classify(ArticleSentences copy, int sentence, ArticleSentences source, int sourceIndex, double overlap)
    {
        if (copy.Keys[sentence].WordsHash == source.Keys[sourceIndex].WordsHash)
            return AlignmentKind.Verbatim;
        if (IsTemplate(copy.Sentences[sentence], source.Sentences[sourceIndex]))
            return null;
        if (overlap >= EditedOverlap)
            return AlignmentKind.Edited;
        return ParaphraseModel.Default.IsParaphrase(copy.Sentences[sentence], source.Sentences[sourceIndex]) ? AlignmentKind.Paraphrase : null;
    }
}
