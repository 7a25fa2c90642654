using System.Text.RegularExpressions;
using Triangulate.Text;

namespace Triangulate.Facts;

/// <summary>Splits a text into words (keeping inner apostrophes and hyphens: "Hamas’s", "Iran-backed", and the dots of an
/// abbreviation: "U.S.", "U.N.") and punctuation marks.</summary>
public static partial class WordTokens
{
    public static IReadOnlyList<WordToken> Of(string text)
    {
        var tokens = new List<WordToken>(text.Length / 5);
        foreach (var match in Token().EnumerateMatches(text))
            tokens.Add(new WordToken(match.Index, match.Index + match.Length,
                LowerCaseForms.Of(text.AsSpan(match.Index, match.Length)), char.IsUpper(text[match.Index])));
        return tokens;
    }

    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|\w+(?:['’\-]\w+)*(?:(?<=s)['’](?!\w))?|[^\w\s]")]
    private static partial Regex Token();
}
