using System.Diagnostics;
using System.Text;
using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

public sealed class HtmlExtractorTest
{
    private static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Ingest", name));

    private static string BodyText(ExtractedArticle article) => string.Join('\n', article.Body);

    [Fact]
    public void News_page_keeps_article_paragraphs_headings_and_list_items()
    {
        var article = HtmlExtractor.Extract(Fixture("harbour-storm.html"));
        var body = BodyText(article);

        Assert.Contains("forcing the evacuation of more than 300 residents", body);
        Assert.Contains("no injuries had been reported by early morning.", body);
        Assert.Contains("Sea wall breached", article.Body);
        Assert.Contains("Ropewalk Quay and Tanner Street remain closed to traffic.", article.Body);
        Assert.Contains("\"We were lucky the tide turned when it did,\" said harbourmaster Elias Penhaligon", body);
        Assert.Contains("amber warning for further high tides on Thursday evening.", body);
    }

    [Theory]
    [InlineData("We use cookies")]
    [InlineData("Share on Facebook")]
    [InlineData("Sea wall repairs delayed again")]
    [InlineData("Sandbags should have been handed out")]
    [InlineData("Water covers the quay")]
    [InlineData("Lighthouse keeper retires")]
    [InlineData("morning newsletter")]
    [InlineData("All rights reserved")]
    [InlineData("dataLayer")]
    [InlineData("Weather")]
    public void News_page_drops_furniture(string furniture)
    {
        var article = HtmlExtractor.Extract(Fixture("harbour-storm.html"));

        Assert.DoesNotContain(furniture, BodyText(article));
    }

    [Fact]
    public void Furniture_inside_the_article_is_set_aside_with_a_reason()
    {
        var article = HtmlExtractor.Extract(Fixture("harbour-storm.html"));

        Assert.Contains(article.Removed, line => line.Reason == "caption" && line.Text.StartsWith("Water covers the quay"));
        Assert.Contains(article.Removed, line => line.Reason == "related links" && line.Text.Contains("Harbour festival moves inland"));
    }

    [Fact]
    public void News_page_metadata_comes_from_meta_tags_and_json_ld()
    {
        var article = HtmlExtractor.Extract(Fixture("harbour-storm.html"), "https://coastline-courier.example/p?id=7");

        Assert.Equal("Storm surge floods Port Averly harbour district", article.Title);
        Assert.Equal("Mira Okonkwo", article.Byline);
        Assert.Equal("The Coastline Courier", article.SiteName);
        Assert.Equal("https://coastline-courier.example/news/2031/04/09/storm-surge-port-averly", article.Url);
    }

    [Fact]
    public void Date_clues_keep_strength_precision_and_evidence()
    {
        var clues = HtmlExtractor.Extract(Fixture("harbour-storm.html")).DateClues;

        var meta = Assert.Single(clues, clue => clue.Time.Evidence.StartsWith("meta article:published_time"));
        Assert.Equal(ClueStrength.Metadata, meta.Strength);
        Assert.Equal(TimePrecision.Minute, meta.Time.Precision);
        Assert.Equal(new DateTimeOffset(2031, 4, 9, 6, 45, 0, TimeSpan.FromHours(1)), meta.Time.Value);
        Assert.Equal("meta article:published_time=2031-04-09T06:45:00+01:00", meta.Time.Evidence);
        Assert.Contains(clues, clue => clue.Strength == ClueStrength.Metadata && clue.Time.Evidence.StartsWith("json-ld datePublished"));

        var fromUrl = Assert.Single(clues, clue => clue.Strength == ClueStrength.Url);
        Assert.Equal(TimePrecision.Day, fromUrl.Time.Precision);
        Assert.Equal("2031-04-09", fromUrl.Time.ToIso());

        var visible = Assert.Single(clues, clue => clue.Strength == ClueStrength.Visible);
        Assert.Equal("2031-04-09T06:45", visible.Time.ToIso());
        Assert.Contains("Published 9 April 2031", visible.Time.Evidence);
    }

    [Fact]
    public void Blog_page_strips_site_suffix_and_splits_paragraphs_at_line_breaks()
    {
        var article = HtmlExtractor.Extract(Fixture("council-budget-blog.html"));

        Assert.Equal("Millbrook council approves library budget", article.Title);
        Assert.Contains(article.Body, paragraph => paragraph.StartsWith("Councillors in Millbrook voted seven to two"));
        Assert.Contains(article.Body, paragraph => paragraph.StartsWith("The revised budget takes 85,000 crowns"));
        Assert.DoesNotContain("Archive", BodyText(article));
        Assert.DoesNotContain("volunteer newsletter", BodyText(article));
    }

    [Fact]
    public void Blog_page_date_clues_from_itemprop_and_time_element()
    {
        var clues = HtmlExtractor.Extract(Fixture("council-budget-blog.html")).DateClues;

        var itemprop = Assert.Single(clues, clue => clue.Strength == ClueStrength.Metadata);
        Assert.Equal(TimePrecision.Day, itemprop.Time.Precision);
        Assert.Equal("2030-11-02", itemprop.Time.ToIso());

        var time = Assert.Single(clues, clue => clue.Strength == ClueStrength.Visible);
        Assert.Equal(TimePrecision.Minute, time.Time.Precision);
        Assert.False(time.Time.HasOffset);
        Assert.Equal("2030-11-02T18:30", time.Time.ToIso());
        Assert.Equal("time datetime=2030-11-02T18:30", time.Time.Evidence);
    }

    [Fact]
    public void Json_ld_name_is_the_title_when_the_title_element_says_it_and_the_headline_is_a_description()
    {
        const string html = """
            <html><head><title>Tarrow Bridge - Open Atlas</title>
            <script type="application/ld+json"><![CDATA[{"@type":"Article","name":"Tarrow Bridge","headline":"stone arch bridge over the river Tarr"}]]></script>
            </head><body><p>Text.</p></body></html>
            """;

        Assert.Equal("Tarrow Bridge", HtmlExtractor.Extract(html).Title);
    }

    [Fact]
    public void Title_falls_back_to_the_first_heading_then_the_title_element()
    {
        Assert.Equal("Ferry strike ends after nine days",
            HtmlExtractor.Extract("<html><head><title>News</title></head><body><h1>Ferry strike ends after nine days</h1></body></html>").Title);
        Assert.Equal("Ferry strike ends after nine days",
            HtmlExtractor.Extract("<title>Ferry strike ends after nine days | Isles Herald</title><p>Text.</p>").Title);
    }

    [Theory]
    [InlineData("<p>Crews <b>re</b>turned to the yard.</p>", "Crews returned to the yard.")]
    [InlineData("<p>Crews returned to<a href=\"/y\">\n<b>the yard</b></a>.</p>", "Crews returned to the yard.")]
    [InlineData("<p>Crews<span> </span>returned<!-- x -->\n<!-- y -->to the yard.</p>", "Crews returned to the yard.")]
    [InlineData("<table><tr><td>Crews</td><td>returned</td></tr></table>", "Crews\nreturned")]
    [InlineData("<p>Crews<br>returned</p>", "Crews\nreturned")]
    public void Text_is_spaced_where_a_browser_shows_a_space_and_joined_where_it_does_not(string html, string expected)
    {
        var article = HtmlExtractor.Extract("<html><body><div class=\"story\">" + html + "</div></body></html>");

        Assert.Equal(expected, BodyText(article));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<script>var a = '<p>not text</p>';</script>")]
    [InlineData("<html><head><style>p { color: red }</style></head><body></body></html>")]
    [InlineData("<<<>>></p></div><!-- never closed")]
    [InlineData("<div class=\"unterminated attribute><p>lost")]
    [InlineData("<!DOCTYPE html><html><body><p")]
    public void Degenerate_pages_give_no_body_and_do_not_throw(string html)
    {
        var article = HtmlExtractor.Extract(html);

        Assert.DoesNotContain(article.Body, paragraph => paragraph.Contains("not text") || paragraph.Contains("color"));
    }

    [Fact]
    public void Truncated_page_keeps_the_text_before_the_cut()
    {
        var html = Fixture("harbour-storm.html");
        var cut = html[..(html.IndexOf("Sea wall breached", StringComparison.Ordinal) + 10)];

        var article = HtmlExtractor.Extract(cut);

        Assert.Contains("forcing the evacuation of more than 300 residents", BodyText(article));
    }

    [Fact]
    public void Unclosed_paragraphs_and_list_items_are_closed_implicitly()
    {
        var html = "<body><div class=\"story\"><p>The orchard cooperative in Hallam Vale sold its first cider pressing in a decade on Saturday, members said."
            + "<p>Prices were set at four crowns a bottle, with proceeds going to replant the frost-damaged east rows, treasurer Ivo Marsh added."
            + "<ul><li>Pressing two follows in May<li>Tours resume in June</ul></div></body>";

        var article = HtmlExtractor.Extract(html);

        Assert.Contains(article.Body, paragraph => paragraph.StartsWith("The orchard cooperative") && paragraph.EndsWith("members said."));
        Assert.Contains(article.Body, paragraph => paragraph.StartsWith("Prices were set"));
        Assert.Contains("Pressing two follows in May", article.Body);
        Assert.Contains("Tours resume in June", article.Body);
    }

    [Theory]
    [InlineData("div")]
    [InlineData("span")]
    [InlineData("b")]
    public void Ten_thousand_deep_nesting_neither_overflows_nor_hangs(string tag)
    {
        var builder = new StringBuilder("<html><body>");
        for (var level = 0; level < 10_000; level++)
        {
            builder.Append('<').Append(tag).Append('>');
        }
        builder.Append("<p>The deepest paragraph reports that the lock keepers of the Arden canal have agreed a new rota, the union said.</p>");
        for (var level = 0; level < 10_000; level++)
        {
            builder.Append("</").Append(tag).Append('>');
        }
        builder.Append("</body></html>");
        var watch = Stopwatch.StartNew();

        var article = HtmlExtractor.Extract(builder.ToString());

        Assert.Contains("lock keepers of the Arden canal", BodyText(article));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Many_stray_end_tags_finish_quickly()
    {
        var html = "<body>" + string.Concat(Enumerable.Repeat("<div>", 300)) + string.Concat(Enumerable.Repeat("</nope>", 100_000))
            + "<p>Weather buoys off Cape Lorn recorded the lowest pressure since records began in 1962, the observatory said.</p>";
        var watch = Stopwatch.StartNew();

        var article = HtmlExtractor.Extract(html);

        Assert.Contains("Weather buoys off Cape Lorn", BodyText(article));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Broken_json_ld_is_ignored()
    {
        var html = "<script type=\"application/ld+json\">{\"headline\": \"Half a headl</script><h1>Quarry expansion rejected</h1>";

        Assert.Equal("Quarry expansion rejected", HtmlExtractor.Extract(html).Title);
    }
}
