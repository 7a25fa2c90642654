using Triangulate.Text;

namespace Triangulate.Reuse;

/// <summary>
/// Matches each sentence of one article to its best source sentence in another: verbatim (same normalised words),
/// edited (most stems shared), or paraphrase (some stems shared and the paraphrase model agrees). A source sentence
/// is used once, best matches first.
/// </summary>
public static class SentenceAligner
{
    public const double EditedOverlap = 0.6;
    public const double ParaphraseCandidateOverlap = 0.2;

    public static IReadOnlyList<SentenceAlignment> Align(ArticleSentences source, ArticleSentences copy)
    {
        var sourceStems = source.Sentences.Select(ContentStems).ToList();
        var candidates = new List<(int Sentence, int Source, double Overlap)>();
        for (var i = 0; i < copy.Sentences.Count; i++)
        {
            var stems = ContentStems(copy.Sentences[i]);
            if (stems.Count == 0)
                continue;
            for (var j = 0; j < sourceStems.Count; j++)
            {
                var overlap = Jaccard(stems, sourceStems[j]);
                if (overlap >= ParaphraseCandidateOverlap)
                    candidates.Add((i, j, overlap));
            }
        }

        var alignments = new List<SentenceAlignment>();
        var usedSentences = new HashSet<int>();
        var usedSources = new HashSet<int>();
        foreach (var (sentence, sourceIndex, overlap) in candidates.OrderByDescending(c => c.Overlap))
        {
            if (usedSentences.Contains(sentence) || usedSources.Contains(sourceIndex))
                continue;
            var kind = Classify(copy.Sentences[sentence], source.Sentences[sourceIndex], overlap);
            if (kind is null)
                continue;
            alignments.Add(new SentenceAlignment(sentence, sourceIndex, kind.Value, overlap));
            usedSentences.Add(sentence);
            usedSources.Add(sourceIndex);
        }
        return alignments.OrderBy(a => a.Sentence).ToList();
    }

    private static AlignmentKind? Classify(TextProfile sentence, TextProfile source, double overlap)
    {
        if (Words(sentence).SequenceEqual(Words(source)))
            return AlignmentKind.Verbatim;
        if (overlap >= EditedOverlap)
            return AlignmentKind.Edited;
        return ParaphraseModel.Default.IsParaphrase(sentence, source) ? AlignmentKind.Paraphrase : null;
    }

    private static IEnumerable<string> Words(TextProfile profile) =>
        profile.Forms.Where((_, i) => profile.Tokens[i].Kind is not (TokenKind.Punctuation or TokenKind.Quote));

    private static HashSet<string> ContentStems(TextProfile profile) =>
        profile.Stems.Where((stem, i) => profile.Tokens[i].Kind is TokenKind.Word or TokenKind.Acronym or TokenKind.Number && !StopWords.Contains(stem)).ToHashSet();

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var shared = a.Count(b.Contains);
        return shared == 0 ? 0 : (double)shared / (a.Count + b.Count - shared);
    }
}
