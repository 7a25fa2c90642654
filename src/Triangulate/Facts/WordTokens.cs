using System.Globalization;
using Triangulate.Text;

namespace Triangulate.Facts;

/// <summary>Splits a text into words (keeping inner apostrophes and hyphens: "Hamas’s", "Iran-backed", and the dots of an
/// abbreviation: "U.S.", "U.N.") and punctuation marks.</summary>
/// <remarks>A hand-written scanner: every finder reads an article's words, and the regular expression it replaces
/// (<c>(?:\p{Lu}\.){2,}|\w+(?:['’\-]\w+)*(?:(?&lt;=s)['’](?!\w))?|[^\w\s]</c>, which the tests keep as the oracle) was the
/// largest single cost of reading facts.</remarks>
public static class WordTokens
{
    public static IReadOnlyList<WordToken> Of(string text)
    {
        var tokens = new List<WordToken>(text.Length / 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var end = AbbreviationEnd(text, i);
            if (end < 0)
                end = IsWordChar(c) ? WordEnd(text, i) : i + 1;
            tokens.Add(new WordToken(i, end, LowerCaseForms.Of(text.AsSpan(i, end - i)), char.IsUpper(c)));
            i = end;
        }
        return tokens;
    }

    /// <summary>The end of two or more capital letters each followed by a dot ("U.S."), or -1.</summary>
    private static int AbbreviationEnd(string text, int start)
    {
        var i = start;
        while (i + 1 < text.Length && char.GetUnicodeCategory(text[i]) == UnicodeCategory.UppercaseLetter && text[i + 1] == '.')
            i += 2;
        return i - start >= 4 ? i : -1;
    }

    /// <summary>The end of a word: word characters joined by apostrophes or hyphens, and a possessive apostrophe after
    /// a closing "s" ("the ministers’").</summary>
    private static int WordEnd(string text, int start)
    {
        var i = WordCharsEnd(text, start);
        while (i + 1 < text.Length && IsJoiner(text[i]) && IsWordChar(text[i + 1]))
            i = WordCharsEnd(text, i + 1);
        if (text[i - 1] == 's' && i < text.Length && IsApostrophe(text[i]) && (i + 1 == text.Length || !IsWordChar(text[i + 1])))
            i++;
        return i;
    }

    private static int WordCharsEnd(string text, int i)
    {
        while (i < text.Length && IsWordChar(text[i]))
            i++;
        return i;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-';

    /// <summary>What a regular expression's \w matches: letters, non-spacing marks, decimal digits and connectors.</summary>
    private static bool IsWordChar(char c)
    {
        if (char.IsAsciiLetterOrDigit(c) || c == '_')
            return true;
        if (c < 128)
            return false;
        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => true,
            _ => false,
        };
    }
}
