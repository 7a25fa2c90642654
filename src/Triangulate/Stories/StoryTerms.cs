using Triangulate.Text;

namespace Triangulate.Stories;

/// <summary>The terms the story clusterer weighs: the text layer's stems of words and acronyms, stop words and
/// one-letter forms left out (numbers are compared separately).</summary>
public static class StoryTerms
{
    private const int MinLength = 2;

    /// <summary>The terms of a text, in order.</summary>
    public static IEnumerable<string> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind is not (TokenKind.Word or TokenKind.Acronym))
            {
                continue;
            }
            var form = TextNormalizer.Normalize(token.In(text));
            if (form.Length >= MinLength && !StopWords.Contains(form))
            {
                yield return token.Kind == TokenKind.Word ? PorterStemmer.Stem(form) : form;
            }
        }
    }
}
