using Triangulate.Text;

namespace Triangulate.Stories;

/// <summary>The terms the story clusterer weighs: the text layer's stems of words and acronyms, stop words and
/// one-letter forms left out (numbers are compared separately).</summary>
public static class StoryTerms
{
    private const int MinLength = 2;

    // News vocabulary repeats, so each distinct word is normalised and stemmed once per thread; the cache is emptied
    // when it grows past this, which bounds it on an endless stream.
    private const int MaxCachedWords = 200_000;

    [ThreadStatic]
    private static Dictionary<string, string?>? cachedWords;

    [ThreadStatic]
    private static Dictionary<string, string?>? cachedAcronyms;

    /// <summary>The terms of a text, in order.</summary>
    public static IEnumerable<string> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind is TokenKind.Word or TokenKind.Acronym && TermOf(token.In(text), token.Kind) is { } term)
            {
                yield return term;
            }
        }
    }

    /// <summary>The term of a word or acronym, or null when it is a stop word or too short.</summary>
    private static string? TermOf(ReadOnlySpan<char> token, TokenKind kind)
    {
        var cache = kind == TokenKind.Word ? cachedWords ??= new(StringComparer.Ordinal) : cachedAcronyms ??= new(StringComparer.Ordinal);
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(token, out var cached))
        {
            return cached;
        }
        if (cache.Count >= MaxCachedWords)
        {
            cache.Clear();
        }
        var form = TextNormalizer.Normalize(token);
        var term = form.Length < MinLength || StopWords.Contains(form) ? null : kind == TokenKind.Word ? PorterStemmer.Stem(form) : form;
        lookup[token] = term;
        return term;
    }
}
