namespace Triangulate.Reuse;

/// <summary>
/// Text one article shares with another: <paramref name="Copy"/>'s sentences aligned to <paramref name="Source"/>'s,
/// and how much of each the other carries.
/// </summary>
/// <param name="ShareOfSource">Fraction of the source's sentences the copy carries.</param>
/// <param name="ShareOfCopy">Fraction of the copy's sentences that come from the source.</param>
public sealed record TextReuse(string Source, string Copy, IReadOnlyList<SentenceAlignment> Alignments, double ShareOfSource, double ShareOfCopy)
{
    public int Count(AlignmentKind kind) => Alignments.Count(a => a.Kind == kind);
}
