using Triangulate.Text;

namespace Triangulate.Tests.Text;

public class TextNormalizerTest
{
    [Theory]
    [InlineData("Nakhalé", "nakhale")]
    [InlineData("ÇORLU", "corlu")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Straße", "strasse")]
    [InlineData("Ærøskøbing", "aeroskobing")]
    [InlineData("Nguyễn", "nguyen")]
    [InlineData("Nakhale\u0301", "nakhale")]
    [InlineData("Hamas’", "hamas'")]
    [InlineData("“Ceasefire”", "\"ceasefire\"")]
    [InlineData("Gaza–Egypt — border", "gaza-egypt - border")]
    [InlineData("already folded", "already folded")]
    public void FoldsCaseDiacriticsQuotesAndDashes(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Fact]
    public void LongTextIsFoldedWhole()
    {
        var text = string.Concat(Enumerable.Repeat("Éireann … ", 100));
        Assert.Equal(string.Concat(Enumerable.Repeat("eireann ... ", 100)), TextNormalizer.Normalize(text));
    }
}
