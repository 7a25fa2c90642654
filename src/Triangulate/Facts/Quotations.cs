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
        var pairedAt = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Contains('\n'))
                open = false;
            var mark = tokens[i].Lower;
            // “It's over,“ said ...: an opening mark typed after the closing comma still closes.
            if (mark == "“" && open && i > 0 && tokens[i - 1].Lower is "," or "." or "?" or "!")
                open = false;
            else if (mark == "“" || mark == "`" && Follows(tokens, i, "`"))
                open = true;
            else if (mark == "”")
                open = false;
            // ''He said, 'No.''' ends a nested quote and the quotation: the third ' pairs with nothing.
            else if (mark == "\"" || mark == "'" && Follows(tokens, i, "'") && pairedAt != i - 1)
            {
                open = !open;
                pairedAt = i;
            }
            else
                inside[i] = open;
        }
        return inside;
    }

    private static bool Follows(IReadOnlyList<WordToken> tokens, int index, string mark) =>
        index > 0 && tokens[index - 1].Lower == mark && tokens[index - 1].End == tokens[index].Start;
}
