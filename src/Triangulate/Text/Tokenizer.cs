using System.Buffers;
using System.Globalization;

namespace Triangulate.Text;

/// <summary>
/// Splits a sentence into <see cref="Token"/>s in one left-to-right pass over the characters, without substrings.
/// Keeps together what a reader sees as one unit: numerals with thousands separators, decimals and clock times
/// (31,490 · 1.5 · 10:54), hyphenated words (Iran-backed), clitics and possessives (Yemen's, Hamas’),
/// dotted initials (U.S.).
/// </summary>
public static class Tokenizer
{
    private static readonly SearchValues<char> Quotes = SearchValues.Create("\"'`«»‹›“”„‟‘’‚‛");
    private static readonly SearchValues<char> Apostrophes = SearchValues.Create("'’");
    private static readonly SearchValues<char> Hyphens = SearchValues.Create("-‐‑");
    private static readonly SearchValues<char> PunctuationMarks = SearchValues.Create(".,;:!?()[]{}-‐‑‒–—―…/\\|");

    /// <summary>Tokenizes <paramref name="text"/>; spans index into it.</summary>
    public static Token[] Tokenize(ReadOnlySpan<char> text)
    {
        var tokens = new List<Token>(text.Length / 5 + 1);
        var singleQuoteOpen = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsIgnorable(c))
            {
                i++;
                continue;
            }

            Token token;
            if (char.IsDigit(c))
            {
                token = ScanNumber(text, i, singleQuoteOpen);
            }
            else if (char.IsLetter(c))
            {
                token = ScanWord(text, i, singleQuoteOpen);
            }
            else if (Quotes.Contains(c))
            {
                token = new Token(i, 1, TokenKind.Quote);
                if (Apostrophes.Contains(c) || c == '‘')
                {
                    singleQuoteOpen = OpensQuote(text, i);
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                token = new Token(i, 2, TokenKind.Symbol);
            }
            else
            {
                var run = 1;
                while (i + run < text.Length && text[i + run] == c)
                {
                    run++;
                }

                token = new Token(i, run, PunctuationMarks.Contains(c) ? TokenKind.Punctuation : TokenKind.Symbol);
            }

            tokens.Add(token);
            i = token.End;
        }

        return tokens.ToArray();
    }

    private static bool IsIgnorable(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    private static bool IsWordPart(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool OpensQuote(ReadOnlySpan<char> text, int index) =>
        (index == 0 || !char.IsLetterOrDigit(text[index - 1])) && index + 1 < text.Length && char.IsLetterOrDigit(text[index + 1]);

    private static Token ScanWord(ReadOnlySpan<char> text, int start, bool singleQuoteOpen)
    {
        var initials = ScanInitials(text, start);
        if (initials > 0)
        {
            return new Token(start, initials, TokenKind.Acronym);
        }

        var end = SkipWordParts(text, start);
        while (end + 1 < text.Length)
        {
            var next = text[end];
            if ((Hyphens.Contains(next) && char.IsLetterOrDigit(text[end + 1]))
                || (Apostrophes.Contains(next) && char.IsLetter(text[end + 1])))
            {
                end = SkipWordParts(text, end + 1);
            }
            else
            {
                break;
            }
        }

        if (!singleQuoteOpen && end < text.Length && Apostrophes.Contains(text[end]) && text[end - 1] is 's' or 'S'
            && (end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1])))
        {
            end++;
        }

        return new Token(start, end - start, IsCapitalised(text[start..end]) ? TokenKind.Acronym : TokenKind.Word);
    }

    /// <summary>Length of dotted initials (U.S., U.N.) starting at <paramref name="start"/>, or 0.</summary>
    private static int ScanInitials(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end + 1 < text.Length && char.IsUpper(text[end]) && text[end + 1] == '.')
        {
            end += 2;
            if (end == text.Length || !char.IsUpper(text[end]) || (end + 1 < text.Length && IsWordPart(text[end + 1])))
            {
                break;
            }
        }

        return end - start >= 4 ? end - start : 0;
    }

    private static int SkipWordParts(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && IsWordPart(text[index]))
        {
            index++;
        }

        return index;
    }

    private static bool IsCapitalised(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsUpper(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    private static Token ScanNumber(ReadOnlySpan<char> text, int start, bool singleQuoteOpen)
    {
        var end = SkipDigits(text, start);
        while (end + 1 < text.Length)
        {
            var separator = text[end];
            var digits = SkipDigits(text, end + 1) - (end + 1);
            if ((separator == ',' && digits == 3) || (separator == '.' && digits > 0) || (separator == ':' && digits == 2))
            {
                end += 1 + digits;
            }
            else
            {
                break;
            }
        }

        if (end + 2 <= text.Length && IsOrdinalSuffix(text[end..]))
        {
            return new Token(start, end + 2 - start, TokenKind.Number);
        }

        if (end + 1 < text.Length && Hyphens.Contains(text[end]) && char.IsLetter(text[end + 1]))
        {
            var word = ScanWord(text, end + 1, singleQuoteOpen);
            return new Token(start, word.End - start, TokenKind.Word);
        }

        return new Token(start, end - start, TokenKind.Number);
    }

    private static int SkipDigits(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && char.IsDigit(text[index]))
        {
            index++;
        }

        return index;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> rest)
    {
        if (rest.Length > 2 && IsWordPart(rest[2]))
        {
            return false;
        }

        var suffix = rest[..2];
        return suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase);
    }
}
