using Triangulate.Text;

namespace Triangulate.Tests.Text;

public class StopWordsTest
{
    [Theory]
    [InlineData("the")]
    [InlineData("against")]
    [InlineData("wouldn't")]
    [InlineData("not")]
    public void ContainsFunctionWords(string word) => Assert.True(StopWords.Contains(word));

    [Theory]
    [InlineData("ceasefire")]
    [InlineData("said")]
    [InlineData("The")]
    public void ExcludesContentWordsAndUnfoldedForms(string word) => Assert.False(StopWords.Contains(word));

    [Fact]
    public void HasTheSnowballListSize() => Assert.Equal(174, StopWords.English.Count);
}
