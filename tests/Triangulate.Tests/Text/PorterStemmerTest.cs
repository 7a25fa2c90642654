using Triangulate.Text;

namespace Triangulate.Tests.Text;

public class PorterStemmerTest
{
    // Expected stems are the Snowball English (Porter2) outputs, worked through by hand from the published rules.
    [Theory]
    [InlineData("consign", "consign")]
    [InlineData("consigned", "consign")]
    [InlineData("consigning", "consign")]
    [InlineData("consignment", "consign")]
    [InlineData("consolidate", "consolid")]
    [InlineData("knack", "knack")]
    [InlineData("generously", "generous")]
    [InlineData("generation", "generat")]
    [InlineData("caresses", "caress")]
    [InlineData("cried", "cri")]
    [InlineData("ties", "tie")]
    [InlineData("gas", "gas")]
    [InlineData("gaps", "gap")]
    [InlineData("kiwis", "kiwi")]
    [InlineData("happily", "happili")]
    [InlineData("hopefully", "hope")]
    [InlineData("hoping", "hope")]
    [InlineData("hopping", "hop")]
    [InlineData("added", "ad")]
    [InlineData("agreed", "agre")]
    [InlineData("abilities", "abil")]
    [InlineData("accompanied", "accompani")]
    [InlineData("analogies", "analog")]
    [InlineData("administration", "administr")]
    [InlineData("abnormality", "abnorm")]
    [InlineData("cry", "cri")]
    [InlineData("say", "say")]
    [InlineData("yemen's", "yemen")]
    [InlineData("'tis", "tis")]
    public void StemsLikeSnowballEnglish(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("skies", "sky")]
    [InlineData("dying", "die")]
    [InlineData("news", "news")]
    [InlineData("early", "earli")]
    [InlineData("atlas", "atlas")]
    [InlineData("innings", "inning")]
    [InlineData("succeeded", "succeed")]
    [InlineData("proceed", "proceed")]
    public void HonoursTheExceptionalForms(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("by")]
    [InlineData("a")]
    [InlineData("")]
    public void LeavesShortWordsAlone(string word) => Assert.Equal(word, PorterStemmer.Stem(word));

    [Fact]
    public void SurvivesOddInput()
    {
        Assert.Equal("a", PorterStemmer.Stem("aing"));
        var longWord = new string('x', 500) + "ing";
        Assert.Equal(longWord, PorterStemmer.Stem(longWord));
        Assert.NotNull(PorterStemmer.Stem("''''"));
    }
}
