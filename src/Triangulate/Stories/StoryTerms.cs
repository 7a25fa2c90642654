using Triangulate.Text;

namespace Triangulate.Stories;

/// <summary>The terms the story clusterer weighs: the text layer's stems of words and acronyms, stop words and
/// one-letter forms left out (numbers are compared separately).</summary>
public static class StoryTerms
{
    private const int MinLength = 2;

    // News vocabulary repeats, so each distinct word is normalised and stemmed once per thread.
    private const int MaxCachedWords = 200_000;

    private static readonly WordMemo<string?> WordTerms = new(word => TermOf(word, TokenKind.Word), MaxCachedWords);
    private static readonly WordMemo<string?> AcronymTerms = new(word => TermOf(word, TokenKind.Acronym), MaxCachedWords);

    /// <summary>The terms of a text, in order.</summary>
    public static IEnumerable<string> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind is TokenKind.Word or TokenKind.Acronym && (token.Kind == TokenKind.Word ? WordTerms : AcronymTerms).Of(token.In(text)) is { } term)
            {
                yield return term;
            }
        }
    }

    /// <summary>The term of a word or acronym, or null when it is a stop word or too short.</summary>
    private static string? TermOf(ReadOnlySpan<char> token, TokenKind kind)
    {
        var form = TextNormalizer.Normalize(token);
        return form.Length < MinLength || StopWords.Contains(form) ? null : kind == TokenKind.Word ? PorterStemmer.Stem(form) : form;
    }
}
