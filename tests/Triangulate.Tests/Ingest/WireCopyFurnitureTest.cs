using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

/// <summary>
/// A wire story republished by an outlet reads as the wire's text alone: the outlet's masthead tagline, its title
/// prefix, date lines whose parts sit in adjacent elements, related-links lists and the closing lines that credit the
/// wire are set aside, so two outlets' word-for-word copies have the same body.
/// </summary>
public class WireCopyFurnitureTest
{
    private static readonly string[] Story =
    [
        "KELLHAVEN, March 3 (Reuters) - The Kellhaven port authority said on Tuesday it would close the north quay for repairs.",
        "The quay handles about a third of the port's grain traffic, the authority said.",
        "Work is due to start in May and last six weeks",
    ];

    private static Article Extract(string html) =>
        ArticleExtractor.Extract(new SourceDocument("p", DocumentFormat.Html, html, new ArticleHints(Url: "https://www.example-gazette.com/news/quay.html")));

    private static string Paragraphs() => string.Concat(Story.Select(s => $"<p>{s}</p>"));

    [Theory]
    [InlineData("<p>- Reuters</p>")]
    [InlineData("<p>(Reporting by Reuters)</p>")]
    [InlineData("<p><em>Reuters contributed to this report.</em></p>")]
    [InlineData("<p class=\"copyright\">Copyright 1987 Reuters. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>")]
    [InlineData("<p>(Except for the headline, this story has not been edited by Gazette staff and is published from a syndicated feed.)</p>")]
    [InlineData("<p>Our Standards: The Thomson Reuters Trust Principles.</p>")]
    public void ClosingCreditLinesAreSetAside(string closing)
    {
        var article = Extract($"<html><head><title>Port to close quay</title><meta property=\"og:site_name\" content=\"Gazette\"></head><body><div class=\"text\">{Paragraphs()}{closing}</div></body></html>");

        Assert.Equal(Story, article.Body);
        Assert.Contains("Reuters", article.Credits);
    }

    [Fact]
    public void TheMastheadNamesTheOutletWithoutItsTagline()
    {
        var article = Extract("<html><head><title>Port to close quay - The Quayside Post</title></head><body>"
            + "<div id=\"masthead\"><a href=\"/\"><img src=\"/logo.gif\" alt=\"The Quayside Post\"></a><span class=\"tagline\">The Quayside Post - independent since 1921</span></div>"
            + $"<div id=\"story\"><h2>Port to close quay</h2>{Paragraphs()}</div></body></html>");

        Assert.Equal("The Quayside Post", article.Outlet?.Name);
    }

    [Fact]
    public void AGluedDateLineAndARelatedListStayOutOfTheBody()
    {
        var article = Extract("<html><head><title>Riverside Gazette: Port to close quay</title><meta property=\"og:site_name\" content=\"Riverside Gazette\"></head><body>"
            + "<table><tr><td class=\"content\"><div class=\"headline\"><b>Port to close quay</b></div>"
            + "<div class=\"stamp\"><time datetime=\"1987-03-03T09:14:00Z\"><span>March 3, 1987</span><span>9:14 AM UTC</span><span>Updated 2 hours ago</span></time></div>"
            + $"<div class=\"text\">{Paragraphs()}</div>"
            + "<section class=\"other\"><h2>Other headlines</h2><ul><li><a href=\"/a\">Grain barges wait at the river mouth</a></li><li><a href=\"/b\">Ferry fares rise in spring</a></li></ul></section>"
            + "</td></tr></table></body></html>");

        Assert.Equal("Port to close quay", article.Title);
        Assert.Equal(Story, article.Body);
        Assert.Equal(new DateOnly(1987, 3, 3), DateOnly.FromDateTime(article.Published!.Value.DateTime));
    }

    [Fact]
    public void AMetaOnlyDateLineWithADottedTimeIsFurniture()
    {
        Assert.True(DateClueFinder.IsDateLine("Tue 3 Mar 1987 09.14 CST"));
        Assert.True(DateClueFinder.IsDateLine("Published Feb. 26, 1987 7:24 p.m. ESTUpdated Feb. 26, 1987 10:41 p.m. EST"));
        Assert.False(DateClueFinder.IsDateLine("The quay closed on March 3, 1987 for repairs."));
    }

    [Theory]
    [InlineData("By Harbour Staff · Updated 4 hours ago")]
    [InlineData("By Maren Holt | March 3, 2021 9:15 AM")]
    public void ABylineWithADateStampIsADateLine(string line) =>
        Assert.Equal(FurnitureRules.DateStamp, FurnitureRules.PageLine(line));

    [Theory]
    [InlineData("By Harbour Staff")]
    [InlineData("Grain exports rose 4 pct | the authority said the quay would close on March 3, 2021.")]
    public void ABylineAloneOrASentenceWithABarIsNoDateLine(string line) =>
        Assert.Null(FurnitureRules.PageLine(line));
}
