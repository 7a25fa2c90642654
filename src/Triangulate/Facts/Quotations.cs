namespace Triangulate.Facts;

/// <summary>
/// Which tokens stand inside a quotation: between “ and ”, `` and '', or a pair of straight quotes or of '' (some
/// newspapers open and close with ''); a paragraph closes any quotation left open.
/// </summary>
public static class Quotations
{
    public static bool[] Inside(string text, IReadOnlyList<WordToken> tokens)
    {
        var inside = new bool[tokens.Count];
        var open = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Contains('\n'))
                open = false;
            var mark = tokens[i].Lower;
            if (mark == "“" || mark == "`" && Follows(tokens, i, "`"))
                open = true;
            else if (mark == "”")
                open = false;
            else if (mark == "\"" || mark == "'" && Follows(tokens, i, "'"))
                open = !open;
            else
                inside[i] = open;
        }
        return inside;
    }

    private static bool Follows(IReadOnlyList<WordToken> tokens, int index, string mark) =>
        index > 0 && tokens[index - 1].Lower == mark && tokens[index - 1].End == tokens[index].Start;
}
