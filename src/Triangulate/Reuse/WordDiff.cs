using Triangulate.Text;

namespace Triangulate.Reuse;

/// <summary>
/// Word-level difference between two sentences (longest common subsequence over normalised forms): the runs of words
/// one side has in place of the other's, each with the common words around it.
/// </summary>
public static class WordDiff
{
    /// <summary>One difference: words [<paramref name="OldStart"/>, <paramref name="OldEnd"/>) of the first sentence became words [<paramref name="NewStart"/>, <paramref name="NewEnd"/>) of the second.</summary>
    public readonly record struct Hunk(int OldStart, int OldEnd, int NewStart, int NewEnd);

    public static IReadOnlyList<Hunk> Compare(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        var lengths = new int[first.Count + 1, second.Count + 1];
        for (var i = first.Count - 1; i >= 0; i--)
        {
            for (var j = second.Count - 1; j >= 0; j--)
                lengths[i, j] = first[i] == second[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
        }

        var hunks = new List<Hunk>();
        int a = 0, b = 0, oldStart = 0, newStart = 0;
        while (a < first.Count || b < second.Count)
        {
            if (a < first.Count && b < second.Count && first[a] == second[b])
            {
                if (a > oldStart || b > newStart)
                    hunks.Add(new Hunk(oldStart, a, newStart, b));
                oldStart = ++a;
                newStart = ++b;
            }
            else if (b < second.Count && (a == first.Count || lengths[a, b + 1] >= lengths[a + 1, b]))
                b++;
            else
                a++;
        }
        if (a > oldStart || b > newStart)
            hunks.Add(new Hunk(oldStart, a, newStart, b));
        return hunks;
    }

    /// <summary>The words one sentence changed against another, as written.</summary>
    public static IReadOnlyList<WordChange> Changes(TextProfile source, TextProfile copy)
    {
        var (oldForms, oldWritten, _) = Words(source);
        var (newForms, newWritten, _) = Words(copy);
        return Compare(oldForms, newForms)
            .Select(h => new WordChange(string.Join(' ', oldWritten[h.OldStart..h.OldEnd]), string.Join(' ', newWritten[h.NewStart..h.NewEnd])))
            .ToList();
    }

    /// <summary>The words of a profiled sentence (no punctuation or quote marks): their normalised forms and their text as written.</summary>
    public static (List<string> Forms, List<string> Written, List<bool> Quoted) Words(TextProfile profile)
    {
        List<string> forms = [], written = [];
        List<bool> quoted = [];
        var insideQuote = false;
        for (var i = 0; i < profile.Tokens.Count; i++)
        {
            var token = profile.Tokens[i];
            if (token.Kind == TokenKind.Quote)
            {
                insideQuote = !insideQuote;
                continue;
            }
            if (token.Kind == TokenKind.Punctuation)
                continue;
            forms.Add(profile.Forms[i]);
            written.Add(token.In(profile.Text).ToString());
            quoted.Add(insideQuote);
        }
        return (forms, written, quoted);
    }
}
