namespace Triangulate.Reuse;

/// <summary>
/// Text one article shares with another: <paramref name="Copy"/>'s sentences aligned to <paramref name="Source"/>'s,
/// and how much of each the other carries. The source is the article seen first; which copies which is decided later,
/// from dates, credits and the alignments of the whole group.
/// </summary>
/// <param name="ShareOfSource">Fraction of the source's sentences the copy carries.</param>
/// <param name="ShareOfCopy">Fraction of the copy's sentences that come from the source.</param>
public sealed record TextReuse(string Source, string Copy, IReadOnlyList<SentenceAlignment> Alignments, double ShareOfSource, double ShareOfCopy)
{
    public int Count(AlignmentKind kind) => Alignments.Count(a => a.Kind == kind);

    public static TextReuse Between(ArticleSentences source, ArticleSentences copy)
    {
        var alignments = SentenceAligner.Align(source, copy);
        return new TextReuse(source.ArticleId, copy.ArticleId, alignments,
            source.ContentCount == 0 ? 0 : (double)alignments.Count / source.ContentCount,
            copy.ContentCount == 0 ? 0 : (double)alignments.Count / copy.ContentCount);
    }
}
