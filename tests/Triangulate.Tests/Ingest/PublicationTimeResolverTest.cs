using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

public class PublicationTimeResolverTest
{
    [Fact]
    public void APublishedLineGivesMinutePrecisionInItsZone()
    {
        var article = PlainTextExtractor.Extract("Ferry strike ends\n\nFirst Published Jun 10, 2026, 09:41 PM IST\n\nCrews returned to work.\n\nLast Updated Jun 11, 2026, 08:00 AM IST");
        var published = PublicationTimeResolver.Resolve(article.DateClues, null);

        Assert.Equal("2026-06-10T21:41+05:30", published!.ToIso());
        Assert.False(published.Inferred);
        Assert.Contains(article.Removed, line => line.Text.StartsWith("Last Updated", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("said Wednesday (October 25)", 2026, "2023-10-25")]
    [InlineData("announced on Sunday, June 13", 2026, "2021-06-13")]
    [InlineData("said Wednesday (October 25)", 2022, "2017-10-25")]
    public void AWeekdayWithADateResolvesToTheLatestFittingYear(string phrase, int latestYear, string expected)
    {
        var clue = Assert.Single(DateClueFinder.FromWeekdayDates($"The ministry {phrase} that the dam held.", latestYear));

        Assert.Equal(expected, clue.Time.ToIso());
        Assert.True(clue.Time.Inferred);
        Assert.Contains(phrase.Split(' ')[^2].Trim('('), clue.Time.Evidence);
    }

    [Fact]
    public void YearsInTheTextBoundTheWeekdayResolution()
    {
        var article = PlainTextExtractor.Extract("Dam holds\n\nThe ministry said Wednesday (October 25) that the dam, built in 2019, held.", clock: new FixedClock(2026, 11));
        var published = PublicationTimeResolver.Resolve(article.DateClues, null);

        Assert.Equal("2017-10-25", published!.ToIso());
    }

    [Fact]
    public void AGivenDateWinsOverEveryClue()
    {
        var clues = new[] { new DateClue(new PublicationTime(DateTimeOffset.Parse("2026-06-03T00:00:00Z"), TimePrecision.Day, true, "caption"), ClueStrength.Weak) };

        Assert.Equal("2026-06-09T15:00+00:00", PublicationTimeResolver.Resolve(clues, "Tue, 09 Jun 2026 15:00:00 GMT")!.ToIso());
        Assert.Equal("2026-06-09", PublicationTimeResolver.Resolve(clues, "2026-06-09")!.ToIso());
    }

    [Fact]
    public void AWeakClueIsUsedOnlyAloneAndNotesAnAgreeingWeekday()
    {
        var article = PlainTextExtractor.Extract("Strike ends\n\nCrews at Kell on June 5, 2026. (Dara Quill/MPA)\n\nThe union said on Friday that crews would return.");
        var published = PublicationTimeResolver.Resolve(article.DateClues, null, string.Join("\n", article.Body));

        Assert.Equal("2026-06-05", published!.ToIso());
        Assert.True(published.Inferred);
        Assert.Contains("\"Friday\" agrees", published.Evidence);
    }

    [Theory]
    [InlineData("2026-06-09T14:05:00+02:00", "2026-06-09T14:05+02:00")]
    [InlineData("2026-06-09T12:05:00Z", "2026-06-09T12:05+00:00")]
    [InlineData("June 9, 2026 2:05 PM EDT", "2026-06-09T14:05-04:00")]
    [InlineData("not a date", null)]
    public void HintedDatesParse(string text, string? expected) =>
        Assert.Equal(expected, PublicationTimeResolver.ParseHinted(text)?.ToIso());

    [Fact]
    public void TheSameArticleAsHtmlAndAsTextGetsTheSameDateAndAnUpdateNeverStandsForIt()
    {
        const string text = "Ferry strike ends\n\nPublished March 15, 2024 at 9:10 AM GMT\n\nUpdated March 20, 2024\n\nCrews returned to work on Friday, the union said.";
        var html = "<html><body><div class=\"story\"><h1>Ferry strike ends</h1><p>Published March 15, 2024 at 9:10 AM GMT</p><p>Updated March 20, 2024</p>"
            + "<p>Crews returned to work on Friday, the union said, after nine days in which no ferry left the harbour.</p></div></body></html>";

        var fromText = PlainTextExtractor.Extract(text);
        var fromHtml = HtmlExtractor.Extract(html);

        Assert.Equal("2024-03-15T09:10+00:00", PublicationTimeResolver.Resolve(fromText.DateClues, null)!.ToIso());
        Assert.Equal("2024-03-15T09:10+00:00", PublicationTimeResolver.Resolve(fromHtml.DateClues, null)!.ToIso());
        Assert.Equal("2024-03-20", fromText.Modified!.ToIso());
        Assert.Equal("2024-03-20", fromHtml.Modified!.ToIso());
    }

    [Fact]
    public void AnUpdateStampAloneGivesNoPublicationTime()
    {
        var article = PlainTextExtractor.Extract("Ferry strike ends\n\nLast updated 4:20 PM EST, Thu February 26, 1987\n\nCrews returned to work, the union said.");

        Assert.Null(PublicationTimeResolver.Resolve(article.DateClues, null));
        Assert.Equal("1987-02-26T16:20-05:00", article.Modified!.ToIso());
    }
}
