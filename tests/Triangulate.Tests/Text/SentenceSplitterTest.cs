using Triangulate.Text;

namespace Triangulate.Tests.Text;

public class SentenceSplitterTest
{
    private static string[] Split(string paragraph) =>
        SentenceSplitter.Split(paragraph).Select(s => paragraph.Substring(s.Start, s.Length)).ToArray();

    [Fact]
    public void SplitsAtFullStopsBeforeCapitals() =>
        Assert.Equal(["The dam held.", "Crews left at dusk."], Split("The dam held. Crews left at dusk."));

    [Theory]
    [InlineData("Gen. Ilse Marren and Mr. Dara Quill arrived in the U.S. capital on Tuesday.")]
    [InlineData("The vote drew 1.5 million people and J. R. Oss spoke at 10 a.m. near the river.")]
    [InlineData("The toll rose to 42, No. 2 on the list after the 2019 flood.")]
    [InlineData("KELL -- Senior officials met on Tuesday to discuss the dam.")]
    public void AbbreviationsInitialsAndDecimalsDoNotEndASentence(string sentence) =>
        Assert.Single(Split(sentence));

    [Fact]
    public void AbbreviationAtTheEndOfASentenceBeforeANewOne() =>
        Assert.Equal(["The envoy flew to the U.S.", "He landed at noon."], Split("The envoy flew to the U.S. He landed at noon."));

    [Fact]
    public void ClosingQuotesStayWithTheirSentence() =>
        Assert.Equal(["\"We will rebuild,\" she said.", "“Every wall.”", "Then she left."],
            Split("\"We will rebuild,\" she said. “Every wall.” Then she left."));

    [Fact]
    public void QuestionsExclamationsAndEllipses() =>
        Assert.Equal(["Will it hold?", "Nobody knows!", "Wait... and see.", "Done."], Split("Will it hold? Nobody knows! Wait... and see. Done."));

    [Fact]
    public void SpansIgnoreSurroundingWhitespace() =>
        Assert.Equal(["One.", "Two."], Split("  One.   Two.  "));
}
