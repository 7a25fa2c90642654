using Triangulate.Facts;

namespace Triangulate.Tests.Facts;

public class TimeExpressionFinderTest
{
    // Friday 15 March 2024.
    private static readonly DateOnly Friday = new(2024, 3, 15);

    private static TimeExpression Single(string text, DateOnly anchor)
    {
        var found = TimeExpressionFinder.Find(text, anchor);
        return Assert.Single(found);
    }

    [Fact]
    public void LastWeekIsTheIsoWeekBeforeTheArticle()
    {
        var expression = Single("Envoys from the two river councils met last week in Port Aldane.", Friday);

        Assert.Equal("last week", expression.Text);
        Assert.Equal("2024-W10", expression.Value);
        Assert.Equal((new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 10)), expression.Interval);
    }

    [Theory]
    [InlineData("The ministry said on Wednesday that the dam held.", "2024-03-13")]
    [InlineData("The ministry said on Friday that the dam held.", "2024-03-15")]
    [InlineData("The council will vote on Wednesday.", "2024-03-20")]
    [InlineData("The ferry could come as early as Tuesday.", "2024-03-19")]
    [InlineData("The skipper could not be reached Wednesday.", "2024-03-13")]
    [InlineData("Pilots planned to land Sunday.", "2024-03-17")]
    [InlineData("The talks resume next Monday, officials said.", "2024-03-18")]
    [InlineData("The convoy left last Friday.", "2024-03-08")]
    public void WeekdaysResolveToThePastUnlessTheSentenceLooksAhead(string sentence, string expected) =>
        Assert.Equal(expected, Single(sentence, Friday).Value);

    [Theory]
    [InlineData("Rains began on March 2, 2023, across the valley.", "March 2, 2023", "2023-03-02")]
    [InlineData("The accord was signed on 9 July 2021 in Velmora.", "9 July 2021", "2021-07-09")]
    [InlineData("Output fell in October 2022, the report said.", "October 2022", "2022-10")]
    [InlineData("Shipments resumed on Feb. 27 after the strike.", "Feb. 27", "2024-02-27")]
    [InlineData("Profits rose in the third quarter.", "the third quarter", "2023-Q3")]
    [InlineData("The levee was built in the 1970s.", "the 1970s", "197X")]
    public void AbsoluteAndPartialDates(string sentence, string text, string expected)
    {
        var expression = Single(sentence, Friday);
        Assert.Equal(text, expression.Text);
        Assert.Equal(expected, expression.Value);
        Assert.Equal(TimexType.Date, expression.Type);
    }

    [Theory]
    [InlineData("Yesterday the river crested.", "2024-03-14")]
    [InlineData("The mayor spoke today.", "2024-03-15")]
    [InlineData("The dam was inspected two days ago.", "2024-03-13")]
    [InlineData("The agency was founded three years ago.", "2021")]
    [InlineData("Prices fell last month.", "2024-02")]
    [InlineData("Elections are due next year.", "2025")]
    [InlineData("Rationing began in June.", "2023-06")]
    [InlineData("Floods hit the coast last fall.", "2023-FA")]
    [InlineData("The quarry closed in July last year.", "2023-07")]
    [InlineData("The ferry sank on Oct. 23, the court heard.", "2023-10-23")]
    public void RelativeDates(string sentence, string expected) => Assert.Equal(expected, Single(sentence, Friday).Value);

    [Theory]
    [InlineData("The siege lasted three years.", "P3Y", TimexType.Duration)]
    [InlineData("Talks ran for nearly four hours.", "PT4H", TimexType.Duration)]
    [InlineData("Engineers worked for 5 1/2 hours.", "PT5H30M", TimexType.Duration)]
    [InlineData("The lighthouse stood dark for two decades.", "P20Y", TimexType.Duration)]
    [InlineData("The tunnel took 2 1/2 years to dig.", "P2Y6M", TimexType.Duration)]
    [InlineData("The floods came; three days later the bridge fell.", "P3D", TimexType.Duration)]
    [InlineData("Water is tested daily.", "P1D", TimexType.Set)]
    [InlineData("The ferry sails each Thursday.", "XXXX-WXX-4", TimexType.Set)]
    [InlineData("Sirens sounded at 10:35 a.m. near the spillway.", "2024-03-15T10:35", TimexType.Time)]
    public void DurationsSetsAndTimes(string sentence, string expected, TimexType type)
    {
        var expression = Single(sentence, Friday);
        Assert.Equal(expected, expression.Value);
        Assert.Equal(type, expression.Type);
    }

    [Fact]
    public void ApproximationsBecomeModifiersAndStayInTheSpan()
    {
        var expression = Single("The blockade has lasted more than two years.", Friday);
        Assert.Equal("more than two years", expression.Text);
        Assert.Equal("MORE_THAN", expression.Modifier);
    }

    [Theory]
    [InlineData("Officials may reopen the bridge.")]
    [InlineData("Thousands march through the capital, and the March committee listens.")]
    [InlineData("The 2000 residents of Kell were evacuated by boat, 1500 of them at night.")]
    [InlineData("The ledger was dated Feb. 31 by mistake.")]
    public void VerbsAndCountsAreNotDates(string sentence)
    {
        var found = TimeExpressionFinder.Find(sentence, Friday);
        Assert.Empty(found);
    }

    [Fact]
    public void AYearEarlierRefersBackToTheQuarterLastSpokenOf()
    {
        var found = TimeExpressionFinder.Find("Net income rose in the second quarter, from $4 million a year earlier.", new DateOnly(2024, 8, 2));
        Assert.Equal(["2024-Q2", "2023-Q2"], found.Select(expression => expression.Value));
    }

    [Theory]
    [InlineData("The ferry line will reopen on Saturday, March 23.", "Saturday, March 23", "2024-03-23")]
    [InlineData("Harbour pilots struck from noon Wednesday.", "noon Wednesday", "2024-03-13T12:00")]
    [InlineData("Bids are due by 5 p.m. EST, March 20.", "5 p.m. EST, March 20", "2024-03-20T17:00")]
    [InlineData("The orchard was planted in nineteen ninety-six.", "nineteen ninety-six", "1996")]
    [InlineData("The canal opens in the year two thousand.", "the year two thousand", "2000")]
    [InlineData("Growers met in January nineteen ninety-seven.", "January nineteen ninety-seven", "1997-01")]
    [InlineData("Dockers talked over the weekend.", "the weekend", "2024-W10-WE")]
    [InlineData("Tolls should rise in the current quarter.", "the current quarter", "2024-Q1")]
    [InlineData("The abbey dates from the 11th century.", "11th century", "10")]
    [InlineData("Growers expect fiscal 2025 sales of $9 million.", "fiscal 2025", "2025")]
    [InlineData("Margins should widen for the full year.", "the full year", "2024")]
    public void CompoundAndSpokenDates(string sentence, string text, string expected)
    {
        var expression = Single(sentence, Friday);
        Assert.Equal(text, expression.Text);
        Assert.Equal(expected, expression.Value);
    }

    [Fact]
    public void TheYearEndedOnADayIsATwelveMonthSpan()
    {
        var expression = TimeExpressionFinder.Find("The mill earned $3 million in the fiscal year ended June 30.", Friday)[0];
        Assert.Equal("the fiscal year", expression.Text);
        Assert.Equal("P1Y", expression.Value);
        Assert.Equal(TimexType.Duration, expression.Type);
    }

    [Fact]
    public void SpansPointIntoTheText()
    {
        const string text = "On Tuesday, and again on March 3, 2024, the council met.";
        foreach (var expression in TimeExpressionFinder.Find(text, Friday))
            Assert.Equal(expression.Text, text.Substring(expression.Start, expression.Length));
    }
}
