namespace Triangulate.Text;

/// <summary>
/// Folds text to the form that comparisons use: lower case, no diacritics (Nakhalé → nakhale), ASCII quotes and dashes,
/// ligatures and sharp s spelled out (æ → ae, ß → ss). Works without ICU, so it behaves the same under invariant globalization.
/// </summary>
public static class TextNormalizer
{
    // Base letters of U+00C0..U+017F and U+1E00..U+1EFF; a character that maps to itself has no single-letter base.
    private const string LatinSupplementAndExtendedA = "AAAAAA\u00C6CEEEEIIIIDNOOOOO\u00D7OUUUUY\u00DE\u00DFaaaaaa\u00E6ceeeeiiiidnooooo\u00F7ouuuuy\u00FEyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi\0\0JjKkkLlLlLlLlLlNnNnNnnNnOoOoOo\u0152\u0153RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
    private const string LatinExtendedAdditional = "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwy\u1E9As\u1E9C\u1E9D\u1E9E\u1E9FAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy\u1EFA\u1EFB\u1EFC\u1EFD\u1EFE\u1EFF";

    /// <summary>Returns the folded form of <paramref name="text"/>; the result is at most three times as long as the input.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        if (IsFolded(text))
        {
            return new string(text);
        }

        var buffer = text.Length <= 256 ? stackalloc char[text.Length * 3] : new char[text.Length * 3];
        var length = 0;
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            var spelled = SpellOut(lower);
            if (spelled is not null)
            {
                spelled.CopyTo(buffer[length..]);
                length += spelled.Length;
            }
            else if (!IsCombiningMark(lower) && lower != '\u00AD')
            {
                buffer[length++] = Fold(lower);
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>Maps one lower-case character to its base letter or ASCII punctuation; other characters are returned unchanged.</summary>
    public static char Fold(char c) => c switch
    {
        < '\u00C0' => c switch
        {
            '\u00AB' or '\u00BB' => '"',
            '\u00A0' => ' ',
            _ => c,
        },
        < '\u0180' => LatinSupplementAndExtendedA[c - '\u00C0'],
        >= '\u1E00' and < '\u1F00' => LatinExtendedAdditional[c - '\u1E00'],
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u2039' or '\u203A' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => c,
    };

    private static string? SpellOut(char lower) => lower switch
    {
        'æ' => "ae",
        'œ' => "oe",
        'ß' => "ss",
        'þ' => "th",
        'ĳ' => "ij",
        '…' => "...",
        _ => null,
    };

    private static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';

    private static bool IsFolded(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F' || char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
