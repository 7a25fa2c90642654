using System.Text.RegularExpressions;
using Triangulate.Facts;

namespace Triangulate.Tests.Facts;

public class UnitWindowsTest
{
    public static TheoryData<string> Texts => new()
    {
        "The strike at the Orvel docks entered its third week on Monday, about the past 12 months of talks having failed.",
        "Dockers walked out 3 days ago; a week-long stoppage two weeks earlier cost the port some 40 million crowns.",
        "A two-year-old ferry sat idle for nearly a couple of months, and its crew was paid for 5 days beforehand.",
        "days after the vote, the union asked for a 10-year deal. Hours later, at least twenty-seven ships had left.",
        "Talks resumed on his birthday after a pause of several weeks, the longest in a decade, and half an hour later ended.",
        "The harbour board met in the first quarter; the 2 quarters before that it did not meet for three years3 days.",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void CountedDurationsAroundUnitsAreTheMatchesOfTheWholeText(string text) =>
        AssertSameMatches(TimexPatterns.CountedDuration(), text, after: 8);

    [Theory]
    [MemberData(nameof(Texts))]
    public void OffsetsAroundUnitsAreTheMatchesOfTheWholeText(string text) =>
        AssertSameMatches(TimexPatterns.Offset(), text, after: 24);

    [Fact]
    public void AMatchTheWindowWouldCutShortIsReadInTheWholeText()
    {
        // "before" ends the window but not the word: "beforehand" is no offset.
        const string text = "The crew was paid for 5 days beforehand, then 2 days before the sailing.";

        var offsets = UnitWindows.Matches(TimexPatterns.Offset(), text, after: 7).Select(m => m.Value).ToList();

        Assert.Equal(["2 days before"], offsets);
    }

    private static void AssertSameMatches(Regex pattern, string text, int after)
    {
        var whole = pattern.Matches(text).Select(m => (m.Index, m.Value)).ToList();
        Assert.Equal(whole, UnitWindows.Matches(pattern, text, after).Select(m => (m.Index, m.Value)).ToList());
    }
}
