using Triangulate.Reports;

namespace Triangulate.Tests.Reports;

public class HtmlReportWriterTest
{
    private static readonly Report Hostile = new(
        [new ReportArticle("a1", "feeds/evil.xml", null, "<script>alert('title')</script>", "Kell <b>Courier</b>", null, null, [], null,
            ["Ferries resumed. <img src=x onerror=alert(1)>", "\"Quotes\" & ampersands"], [], [])],
        [new ReportStory("story-1", "Ferry <strike> ends", ["a1"], null, [], [])],
        [], [], []);

    [Fact]
    public void ArticleTextIsEscapedAndThePageHasNoScript()
    {
        var html = HtmlReportWriter.Write(Hostile);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>Courier", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;", html);
        Assert.Contains("&quot;Quotes&quot; &amp; ampersands", html);
    }

    [Fact]
    public void EveryStoryAndItsArticlesAreOnThePage()
    {
        var html = HtmlReportWriter.Write(Hostile);

        Assert.Contains("Ferry &lt;strike&gt; ends", html);
        Assert.Contains("feeds/evil.xml", html);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotContain("http", html);
    }
}
