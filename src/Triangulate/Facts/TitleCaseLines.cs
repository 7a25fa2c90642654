namespace Triangulate.Facts;

/// <summary>
/// Which lines of a text are In Title Case: four words or more, seven in ten of them capitalised. Each line is read
/// once, however many of its words ask.
/// </summary>
internal sealed class TitleCaseLines
{
    private readonly string _text;
    private readonly List<int> _breaks = [];
    private readonly bool?[] _titleCase;

    public TitleCaseLines(string text)
    {
        _text = text;
        for (var at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1))
            _breaks.Add(at);
        _titleCase = new bool?[_breaks.Count + 1];
    }

    /// <summary>Whether the line holding the character at <paramref name="offset"/> is in title case.</summary>
    public bool Holds(int offset)
    {
        var line = _breaks.BinarySearch(offset);
        line = line < 0 ? ~line : line;
        return _titleCase[line] ??= Read(line == 0 ? 0 : _breaks[line - 1] + 1, line < _breaks.Count ? _breaks[line] : _text.Length);
    }

    private bool Read(int start, int end)
    {
        var line = _text.AsSpan(start, end - start);
        int words = 0, capitalised = 0;
        foreach (var range in line.Split(' '))
        {
            var word = line[range];
            if (word.Length == 0 || !char.IsLetter(word[0]))
                continue;
            words++;
            capitalised += char.IsUpper(word[0]) ? 1 : 0;
        }
        return words >= 4 && capitalised >= words * 0.7;
    }
}
