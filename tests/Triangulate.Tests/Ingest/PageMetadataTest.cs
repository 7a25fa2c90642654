using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

/// <summary>
/// Publication and update times, outlet and credits, and a clean body, read from small pages written in the styles
/// news sites use: JSON-LD NewsArticle in a @graph, OpenGraph only, &lt;time&gt; elements, a visible "Published ...
/// EST" line, an agency's own page, and a text dated only by a weekday.
/// </summary>
public sealed class PageMetadataTest
{
    private static string Page(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Ingest", "pages", name));

    private static Article Extract(string name, string? url = null, TimeProvider? clock = null) =>
        ArticleExtractor.Extract(new SourceDocument(name, DocumentFormat.Html, Page(name), new ArticleHints(Url: url)), clock);

    private static string Body(Article article) => string.Join('\n', article.Body);

    [Fact]
    public void Json_ld_graph_gives_a_1987_publication_apart_from_its_update()
    {
        var page = HtmlExtractor.Extract(Page("maple-ledger-jsonld.html"));
        var published = PublicationTimeResolver.Resolve(page.DateClues, null);

        Assert.Equal("1987-02-26T13:05-05:00", published!.ToIso());
        Assert.Equal(TimePrecision.Minute, published.Precision);
        Assert.StartsWith("json-ld datePublished", published.Evidence);
        Assert.Equal("1987-02-27T09:10-05:00", page.Modified!.ToIso());
    }

    [Fact]
    public void Json_ld_page_names_its_own_outlet_and_credits_the_agency_signature()
    {
        var article = Extract("maple-ledger-jsonld.html");

        Assert.Equal("The Maple Ledger", article.Outlet!.Name);
        Assert.Equal("the page's site name", article.Outlet.Evidence);
        Assert.Contains("Reuters", article.Credits);
    }

    [Theory]
    [InlineData("February 26, 1987")]
    [InlineData("1:05 PM EST")]
    [InlineData("min ago")]
    [InlineData("Share on Facebook")]
    [InlineData("Tweet")]
    [InlineData("newsletter")]
    [InlineData("Related stories")]
    [InlineData("Wheat prices rise")]
    public void Json_ld_page_body_holds_no_date_line_share_bar_or_related_links(string furniture)
    {
        var article = Extract("maple-ledger-jsonld.html");

        Assert.Contains(article.Body, paragraph => paragraph.StartsWith("PORTVALE, Feb 26 (Reuters) - A fire in a grain silo", StringComparison.Ordinal));
        Assert.DoesNotContain(furniture, Body(article));
    }

    [Fact]
    public void Date_line_of_inline_elements_joined_without_a_space_is_set_aside_as_a_date_line()
    {
        var article = HtmlExtractor.Extract(Page("maple-ledger-jsonld.html"));

        var line = Assert.Single(article.Removed, removed => removed.Reason == FurnitureRules.DateStamp);
        Assert.Equal("February 26, 19871:05 PM EST Updated 45 min ago", line.Text);
    }

    [Fact]
    public void OpenGraph_page_keeps_a_1956_publication_and_its_modification_apart()
    {
        var article = Extract("harbour-gazette-opengraph.html");
        var page = HtmlExtractor.Extract(Page("harbour-gazette-opengraph.html"));

        Assert.Equal("1956-11-03T08:30+00:00", article.Published!.ToIso());
        Assert.Equal("meta article:published_time=1956-11-03T08:30:00+00:00", article.Published.Evidence);
        Assert.Equal("1956-11-05T17:00+00:00", page.Modified!.ToIso());
    }

    [Fact]
    public void A_dateline_credit_and_a_closing_agency_name_are_credits_not_the_outlet()
    {
        var article = Extract("harbour-gazette-opengraph.html");

        Assert.Equal("Harbour Gazette", article.Outlet!.Name);
        Assert.Contains("MPA", article.Credits);
    }

    [Fact]
    public void Time_elements_give_the_day_and_an_updated_time_element_is_the_modification()
    {
        var page = HtmlExtractor.Extract(Page("valley-echo-time.html"));
        var published = PublicationTimeResolver.Resolve(page.DateClues, null);

        Assert.Equal("1955-06-12", published!.ToIso());
        Assert.Equal(TimePrecision.Day, published.Precision);
        Assert.Equal("1955-06-14T10:00", page.Modified!.ToIso());
        Assert.DoesNotContain("June 12, 1955", string.Join('\n', page.Body));
    }

    [Fact]
    public void Masthead_in_the_title_names_the_outlet_when_no_metadata_does()
    {
        Assert.Equal("Valley Echo", Extract("valley-echo-time.html").Outlet!.Name);
    }

    [Fact]
    public void Visible_published_line_in_EST_is_the_publication_and_the_updated_line_is_not()
    {
        var article = Extract("north-star-visible-line.html", "https://northstar.example/story?id=88");
        var page = HtmlExtractor.Extract(Page("north-star-visible-line.html"));

        Assert.Equal("1987-02-26T13:05-05:00", article.Published!.ToIso());
        Assert.False(article.Published.Inferred);
        Assert.Equal("1987-02-27T09:40-05:00", page.Modified!.ToIso());
        Assert.Equal("North Star Daily", article.Outlet!.Name);
        Assert.DoesNotContain("Published", Body(article));
        Assert.DoesNotContain("Updated", Body(article));
    }

    [Fact]
    public void Host_names_the_outlet_of_a_page_that_names_nothing_else()
    {
        var html = Page("north-star-visible-line.html").Replace(" | North Star Daily", "", StringComparison.Ordinal);

        var article = ArticleExtractor.Extract(new SourceDocument("p", DocumentFormat.Html, html, new ArticleHints(Url: "https://www.northstar.example/story?id=88")));

        Assert.Equal("northstar.example", article.Outlet!.Name);
    }

    [Fact]
    public void The_agency_own_page_keeps_the_agency_as_outlet()
    {
        var article = Extract("wire-agency-own-page.html");

        Assert.Equal("Reuters", article.Outlet!.Name);
        Assert.Equal("1987-03-02T14:20+00:00", article.Published!.ToIso());
    }

    [Fact]
    public void Weekday_dates_are_inferred_in_pages_as_in_text()
    {
        var article = Extract("weekday-only.html", clock: new FixedClock(2026));

        Assert.Equal("2023-10-25", article.Published!.ToIso());
        Assert.True(article.Published.Inferred);
        Assert.Contains("Wednesday (October 25)", article.Published.Evidence);
    }

    [Fact]
    public void A_year_the_text_names_fixes_the_answer_whatever_the_clock()
    {
        var html = Page("weekday-only.html").Replace("the market square.", "the market square in 2019.", StringComparison.Ordinal);
        Article At(int year) => ArticleExtractor.Extract(new SourceDocument("p", DocumentFormat.Html, html, ArticleHints.None), new FixedClock(year));

        Assert.Equal("2017-10-25", At(2026).Published!.ToIso());
        Assert.Equal(At(2026).Published, At(2031).Published);
    }

    [Fact]
    public void Without_a_clock_or_a_year_in_the_text_no_year_is_guessed()
    {
        Assert.Null(Extract("weekday-only.html").Published);
    }
}
