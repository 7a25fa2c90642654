namespace Triangulate.Text;

/// <summary>A sentence of a paragraph, by character offset.</summary>
public readonly record struct SentenceSpan(int Start, int Length)
{
    public int End => Start + Length;
}
