namespace Triangulate.Text;

/// <summary>A token: its kind and the character span it covers in the text it was read from.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>The index just past the token's last character.</summary>
    public int End => Start + Length;

    /// <summary>The token's characters in <paramref name="text"/>, the text it was read from.</summary>
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);
}
