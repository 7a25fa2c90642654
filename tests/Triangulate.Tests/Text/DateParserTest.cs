using System.Globalization;
using Triangulate.Text;

namespace Triangulate.Tests.Text;

public sealed class DateParserTest
{
    private static string Iso(ParsedDate date) => date.Precision switch
    {
        DatePrecision.Year => date.Value.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Day => date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => date.Value.ToString(date.HasOffset ? "yyyy-MM-dd'T'HH:mmzzz" : "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
    };

    [Theory]
    [InlineData("1987-02-26", "1987-02-26")]
    [InlineData("1987-02-26T13:05:00-05:00", "1987-02-26T13:05-05:00")]
    [InlineData("1987-02-26T18:05:00.000Z", "1987-02-26T18:05+00:00")]
    [InlineData("1987-02-26 13:05", "1987-02-26T13:05")]
    [InlineData("Thu, 26 Feb 1987 18:05:00 GMT", "1987-02-26T18:05+00:00")]
    [InlineData("Thu, 26 Feb 1987 13:05:00 -0500", "1987-02-26T13:05-05:00")]
    [InlineData("Feb. 26, 1987 1:05 p.m. EST", "1987-02-26T13:05-05:00")]
    [InlineData("February 26, 1987 4:20 PM UTC", "1987-02-26T16:20+00:00")]
    [InlineData("February 26, 19874:20 PM UTC", "1987-02-26T16:20+00:00")]
    [InlineData("26 February 1987", "1987-02-26")]
    [InlineData("Thursday, 26th of February, 1987", "1987-02-26")]
    [InlineData("4:20 PM EST, Thu February 26, 1987", "1987-02-26T16:20-05:00")]
    [InlineData("Mar 16, 2024, 10:54 AM IST", "2024-03-16T10:54+05:30")]
    [InlineData("26.02.1987", "1987-02-26")]
    [InlineData("2/26/1987", "1987-02-26")]
    [InlineData("26/2/1987", "1987-02-26")]
    [InlineData("1987/02/26", "1987-02-26")]
    [InlineData("19870226", "1987-02-26")]
    [InlineData("February 1987", "1987-02")]
    [InlineData("1956", "1956")]
    [InlineData("Sept. 3, 1956 at 9 a.m. (CDT)", "1956-09-03T09:00-05:00")]
    [InlineData("12 March 1955 08:30 GMT+2", "1955-03-12T08:30+02:00")]
    [InlineData("Thu 26 Feb 1987 13.05 GMT", "1987-02-26T13:05+00:00")]
    [InlineData("Feb 26, 1987 / 1:05 PM ET", "1987-02-26T13:05-05:00")]
    [InlineData("26.02.1987 13.05", "1987-02-26")]
    public void Explicit_dates_read_to_their_precision_and_zone(string text, string expected)
    {
        var parse = DateParser.Parse(text);

        Assert.True(parse.Succeeded, parse.Rejection);
        Assert.Equal(expected, Iso(parse.Date!));
    }

    [Theory]
    [InlineData("February 30, 1987", "has no day 30")]
    [InlineData("March 4, 1750", "before 1800")]
    [InlineData("Friday, February 26, 1987", "was a Thursday, not a Friday")]
    [InlineData("1987-13-02", "no month 13")]
    [InlineData("February 26, 1987 13:05 p.m.", "hour 13 with p.m.")]
    [InlineData("the harbour", "no date")]
    public void Refused_candidates_say_why(string text, string reason)
    {
        var parse = DateParser.Parse(text);

        Assert.False(parse.Succeeded);
        Assert.Contains(reason, parse.Rejection);
    }

    [Fact]
    public void Dates_in_running_text_are_found_with_their_spans()
    {
        const string text = "Crews left Kell on June 5, 1958, and returned on 12 August 1959 at 6 p.m. after 1,000 days.";

        var found = DateParser.FindAll(text).ToList();

        Assert.Equal(2, found.Count);
        Assert.Equal("June 5, 1958", text.Substring(found[0].Index, found[0].Length));
        Assert.Equal("1958-06-05", Iso(found[0].Date!));
        Assert.Equal("1959-08-12T18:00", Iso(found[1].Date!));
    }

    [Theory]
    [InlineData("The mayor 5, 2024 budget")]
    [InlineData("Omar 5, 2024")]
    [InlineData("version 3.15.2024")]
    [InlineData("a count of 19874 votes")]
    public void Words_and_numbers_that_only_look_like_dates_are_not_dates(string text)
    {
        Assert.DoesNotContain(DateParser.FindAll(text), parse => parse.Succeeded);
    }

    [Theory]
    [InlineData("KELL, Oct 20 (Meridian Press) - The harbour board met on Tuesday.", 10, 20)]
    [InlineData("PORT ARDEN, Vestmark, March 3 - Ferry crews walked out at dawn.", 3, 3)]
    [InlineData("LONDON, Sept. 14 (Reuters) - Shares of Halden Mills rose.", 9, 14)]
    public void A_dateline_gives_its_month_and_day(string paragraph, int month, int day)
    {
        Assert.Equal((month, day), DateParser.DatelineDay(paragraph));
    }

    [Theory]
    [InlineData("The harbour board met on Oct 20 - and again a week later.")]
    [InlineData("KELL (Meridian Press) - The harbour board met on Tuesday.")]
    [InlineData("Ferry crews walked out at dawn, the union said.")]
    public void A_paragraph_without_a_dated_dateline_gives_no_day(string paragraph)
    {
        Assert.Null(DateParser.DatelineDay(paragraph));
    }
}
