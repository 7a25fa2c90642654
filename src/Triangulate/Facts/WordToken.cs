namespace Triangulate.Facts;

/// <summary>A word or punctuation mark of a text, by offset, with its lower-case form.</summary>
public readonly record struct WordToken(int Start, int End, string Lower, bool Capitalised)
{
    public bool IsWord => char.IsLetterOrDigit(Lower[0]);
}
