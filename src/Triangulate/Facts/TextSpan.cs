namespace Triangulate.Facts;

/// <summary>A piece of a text by character offsets, with the text it covers.</summary>
public sealed record TextSpan(int Start, int End, string Text)
{
    public int Length => End - Start;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public static TextSpan Of(string text, int start, int end) => new(start, end, text[start..end]);
}
