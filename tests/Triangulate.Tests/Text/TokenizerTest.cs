using Triangulate.Text;

namespace Triangulate.Tests.Text;

public class TokenizerTest
{
    private static (string Text, TokenKind Kind)[] Tokens(string text) =>
        Tokenizer.Tokenize(text).Select(token => (token.In(text).ToString(), token.Kind)).ToArray();

    [Fact]
    public void KeepsNumeralsWhole()
    {
        const string sentence = "At 10:54 the ministry put the toll at 31,490, up 1.5 percent since 2024, and pledged $1,500,000.";
        var numbers = Tokens(sentence).Where(token => token.Kind == TokenKind.Number).Select(token => token.Text);
        Assert.Equal(["10:54", "31,490", "1.5", "2024", "1,500,000"], numbers);
    }

    [Fact]
    public void SplitsPunctuationFromNumerals()
    {
        var tokens = Tokens("Losses reached 31,490.");
        Assert.Equal(("31,490", TokenKind.Number), tokens[2]);
        Assert.Equal((".", TokenKind.Punctuation), tokens[3]);
    }

    [Fact]
    public void KeepsHyphenatedWordsAndPossessives()
    {
        var tokens = Tokens("The Iran-backed group seized Yemen's port, Hamas's envoy and Hamas’ allies said.");
        Assert.Contains(("Iran-backed", TokenKind.Word), tokens);
        Assert.Contains(("Yemen's", TokenKind.Word), tokens);
        Assert.Contains(("Hamas's", TokenKind.Word), tokens);
        Assert.Contains(("Hamas’", TokenKind.Word), tokens);
    }

    [Fact]
    public void SingleQuotesAroundWordsAreQuotesNotPossessives()
    {
        var tokens = Tokens("He called the talks 'a serious process' in Vilnius.");
        Assert.Equal(2, tokens.Count(token => token.Kind == TokenKind.Quote));
        Assert.Contains(("process", TokenKind.Word), tokens);
    }

    [Fact]
    public void RecognisesAcronymsAndInitials()
    {
        var tokens = Tokens("The U.S. envoy met the PFLP and the U.N. team.");
        Assert.Contains(("U.S.", TokenKind.Acronym), tokens);
        Assert.Contains(("PFLP", TokenKind.Acronym), tokens);
        Assert.Contains(("U.N.", TokenKind.Acronym), tokens);
        Assert.Contains(("The", TokenKind.Word), tokens);
    }

    [Fact]
    public void ClassifiesQuotesPunctuationAndSymbols()
    {
        var tokens = Tokens("“We will rebuild,” the mayor said… 40% of homes & farms.");
        Assert.Equal(("“", TokenKind.Quote), tokens[0]);
        Assert.Contains(("”", TokenKind.Quote), tokens);
        Assert.Contains(("…", TokenKind.Punctuation), tokens);
        Assert.Contains(("%", TokenKind.Symbol), tokens);
        Assert.Contains(("&", TokenKind.Symbol), tokens);
    }

    [Fact]
    public void OrdinalsAndCompoundsWithNumbers()
    {
        var tokens = Tokens("On the 10th day a 31-year-old medic and 5m litres arrived.");
        Assert.Contains(("10th", TokenKind.Number), tokens);
        Assert.Contains(("31-year-old", TokenKind.Word), tokens);
        Assert.Contains(("5", TokenKind.Number), tokens);
        Assert.Contains(("m", TokenKind.Word), tokens);
    }

    [Fact]
    public void SpansCoverTheTextWithoutOverlap()
    {
        const string sentence = "  Nakhalé’s  convoy — 12 trucks (U.S.-funded) — reached Rafah!  ";
        var tokens = Tokenizer.Tokenize(sentence);
        for (var i = 1; i < tokens.Length; i++)
        {
            Assert.True(tokens[i].Start >= tokens[i - 1].End);
        }

        var visible = string.Concat(sentence.Where(c => !char.IsWhiteSpace(c)));
        Assert.Equal(visible, string.Concat(tokens.Select(token => token.In(sentence).ToString())));
        Assert.Contains(tokens, token => token.In(sentence).SequenceEqual("Nakhalé’s"));
    }

    [Fact]
    public void EmptyAndWhitespaceTextHasNoTokens()
    {
        Assert.Empty(Tokenizer.Tokenize(""));
        Assert.Empty(Tokenizer.Tokenize(" \t\n\u200B "));
    }
}
