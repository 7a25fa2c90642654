using Triangulate.Facts;

namespace Triangulate.Tests.Facts;

public class QuotationsTest
{
    private static bool IsQuoted(string text, string word)
    {
        var tokens = WordTokens.Of(text);
        var index = tokens.ToList().FindIndex(token => token.Lower == word);
        return Quotations.Inside(text, tokens)[index];
    }

    [Theory]
    [InlineData("''Ferry crews told me, 'We stay.''' the captain said.", "stay")]
    [InlineData("“It is over,“ said the captain of the Kell ferry.", "over")]
    [InlineData("“It is over,” said the captain of the Kell ferry.", "over")]
    public void WordsAfterTheClosingMarkAreNotQuoted(string text, string quotedWord)
    {
        Assert.True(IsQuoted(text, quotedWord));
        Assert.False(IsQuoted(text, "said"));
        Assert.False(IsQuoted(text, "captain"));
    }
}
