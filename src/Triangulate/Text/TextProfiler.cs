namespace Triangulate.Text;

/// <summary>Builds the <see cref="TextProfile"/> of a sentence: tokens, normalized forms, stems and numbers.</summary>
public static class TextProfiler
{
    // Every sentence profile is kept while its corpus is analysed: one string per distinct word, not one per token.
    private static readonly WordMemo<string> Forms = new(TextNormalizer.Normalize, 200_000);

    /// <summary>Profiles one sentence.</summary>
    public static TextProfile Profile(string sentence)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var forms = new string[tokens.Length];
        var stems = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            forms[i] = Forms.Of(tokens[i].In(sentence));
            stems[i] = tokens[i].Kind == TokenKind.Word ? StemCache.Stem(forms[i]) : forms[i];
        }

        return new TextProfile(sentence, tokens, forms, stems, NumberNormalizer.Find(tokens, forms));
    }
}
