using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

public class HtmlExtractorTest
{
    private static readonly ExtractedArticle Article = HtmlExtractor.Extract(NewsFixtures.Page, "https://post.example/2026/06/09/kell-flood");

    [Fact]
    public void TheArticleParagraphsAreKeptInOrder()
    {
        Assert.Equal(3, Article.Body.Count);
        Assert.StartsWith("A flood barrier on the Sarn river gave way", Article.Body[0]);
        Assert.StartsWith("\"We will rebuild every wall", Article.Body[2]);
    }

    [Theory]
    [InlineData("Home")]
    [InlineData("cookies")]
    [InlineData("Share on Twitter")]
    [InlineData("Residents wade")]
    [InlineData("Drought hits northern farms")]
    [InlineData("Great reporting")]
    [InlineData("All rights reserved")]
    public void FurnitureStaysOut(string furniture) =>
        Assert.DoesNotContain(Article.Body, paragraph => paragraph.Contains(furniture, StringComparison.Ordinal));

    [Fact]
    public void MetadataComesFromThePageHead()
    {
        Assert.Equal("Flood barrier gives way in Kell", Article.Title);
        Assert.Equal("The Velmora Post", Article.SiteName);
        Assert.Equal("Dara Quill", Article.Byline);
        var published = PublicationTimeResolver.Resolve(Article.DateClues, null);
        Assert.Equal("2026-06-09T14:05+02:00", published!.ToIso());
        Assert.Contains("article:published_time", published.Evidence);
        Assert.Contains(Article.DateClues, clue => clue.Strength == ClueStrength.Url && clue.Time.ToIso() == "2026-06-09");
    }

    [Fact]
    public void TheSiteSuffixLeavesTheTitleTag()
    {
        var article = HtmlExtractor.Extract("<html><head><title>Ferry strike ends – Kell Courier</title></head><body><p>Crews returned to work on Wednesday after nine days.</p></body></html>");
        Assert.Equal("Ferry strike ends", article.Title);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><body><p>A barrier gave way on Tuesday, officials said, as crews")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<<<>>><p><p></div></span><table><tr><td>")]
    public void MalformedPagesNeverThrow(string html) => HtmlExtractor.Extract(html);

    [Fact]
    public void DeeplyNestedPagesNeitherOverflowNorHang()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + "<p>A flood barrier gave way on Tuesday, officials in Kell said.</p>" + "</body></html>";
        var article = HtmlExtractor.Extract(html);
        Assert.Contains(article.Body, paragraph => paragraph.Contains("flood barrier", StringComparison.Ordinal));
    }
}
