namespace Triangulate.Reuse;

/// <summary>
/// Names how an article carries its parent from their sentence alignment: word for word (all of it, or trimmed),
/// edited (most of the parent's sentences kept word for word, a few changed), paraphrase (most of the parent, nearly every sentence reworded) or rewrite (a
/// little of the parent in a new text).
/// </summary>
public static class DerivationClassifier
{
    /// <summary>Stem overlap above which an edited sentence still reads as the parent's sentence (a word or two changed).</summary>
    public const double NearlyVerbatim = 0.85;

    /// <param name="sameHeadline">False when the parent is an article whose headline the copy rewrote: a re-headlined copy is edited, not verbatim.</param>
    public static DerivationKind Classify(TextReuse reuse, bool sameHeadline = true)
    {
        var aligned = reuse.Alignments.Count;
        if (aligned == 0)
            return DerivationKind.Rewrite;
        var verbatim = reuse.Count(AlignmentKind.Verbatim);
        if (verbatim == aligned && reuse.ShareOfCopy == 1 && reuse.ShareOfSource == 1)
            return sameHeadline ? DerivationKind.Verbatim : DerivationKind.Edited;
        // Trimmed is word for word with part left out: one sentence reworded makes an edited copy, but for the opening,
        // whose dateline every outlet restyles or drops.
        if (reuse.Alignments.All(a => a.Kind == AlignmentKind.Verbatim || (a.Sentence == 0 && a.Source == 0)) && reuse.ShareOfCopy == 1)
            return DerivationKind.Trimmed;
        // An edited copy keeps most sentences as they were and touches a few; a paraphrase rewords nearly every one.
        // A sentence with a word or two changed counts half.
        var kept = reuse.Alignments.Sum(a => a.Kind == AlignmentKind.Verbatim ? 1.0 : a.Similarity >= NearlyVerbatim ? 0.5 : 0);
        if (kept >= 0.4 * aligned && reuse.ShareOfSource >= 0.3)
            return DerivationKind.Edited;
        // A paraphrase is mostly the parent's sentences, reworded: about two thirds of the copy or more, and a good part
        // of the parent. A rewrite is its own text around a few of the parent's sentences.
        return reuse.ShareOfCopy >= 0.65 && reuse.ShareOfSource >= 0.4 ? DerivationKind.Paraphrase : DerivationKind.Rewrite;
    }

    /// <summary>
    /// How well a candidate parent explains a copy: its sentences the copy carries (a verbatim one counts most), less
    /// half a point for each sentence of the parent the copy would have dropped, so the tightest parent wins.
    /// </summary>
    public static double Fit(TextReuse reuse, int parentSentences) =>
        reuse.Alignments.Sum(a => a.Kind switch
        {
            AlignmentKind.Verbatim => 1.0,
            AlignmentKind.Edited => 0.5 + 0.4 * a.Similarity,
            _ => 0.4,
        }) - 0.5 * (parentSentences - reuse.Alignments.Count);
}
