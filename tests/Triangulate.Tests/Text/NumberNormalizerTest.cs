using Triangulate.Text;

namespace Triangulate.Tests.Text;

public class NumberNormalizerTest
{
    [Theory]
    [InlineData("1.5 mln", 1_500_000)]
    [InlineData("1.5 million", 1_500_000)]
    [InlineData("1,500,000", 1_500_000)]
    [InlineData("1500000", 1_500_000)]
    [InlineData("$2.5bn", 2_500_000_000)]
    [InlineData("2.3 billion", 2_300_000_000)]
    [InlineData("10k", 10_000)]
    [InlineData("31,490", 31_490)]
    [InlineData("three", 3)]
    [InlineData("twenty-five", 25)]
    [InlineData("one hundred and five", 105)]
    [InlineData("three hundred thousand", 300_000)]
    [InlineData("a dozen", 12)]
    [InlineData("two dozen", 24)]
    [InlineData("a million", 1_000_000)]
    [InlineData("10th", 10)]
    [InlineData("40%", 40)]
    public void ReadsExactQuantities(string text, double expected)
    {
        Assert.True(NumberNormalizer.TryParse(text, out var value));
        Assert.Equal(expected, value.Value);
        Assert.True(value.IsExact);
    }

    [Theory]
    [InlineData("dozens", 24)]
    [InlineData("hundreds", 200)]
    [InlineData("tens of thousands", 20_000)]
    public void ReadsVagueQuantitiesAsInexact(string text, double lowerEstimate)
    {
        Assert.True(NumberNormalizer.TryParse(text, out var value));
        Assert.Equal(lowerEstimate, value.Value);
        Assert.False(value.IsExact);
    }

    [Fact]
    public void ClockTimesAreHours() =>
        Assert.Equal(10.9, NumberNormalizer.TryParse("10:54", out var value) ? value.Value : double.NaN, 9);

    [Theory]
    [InlineData("troops")]
    [InlineData("5 troops")]
    [InlineData("")]
    [InlineData("5 m")]
    public void RejectsWhatIsNotOneNumber(string text) => Assert.False(NumberNormalizer.TryParse(text, out _));

    [Fact]
    public void FindsEveryQuantityInASentence()
    {
        var profile = TextProfiler.Profile("Officials said 1.5 mln people fled, dozens died and aid worth $2bn arrived on the 3rd.");
        var values = profile.Numbers.Select(number => number.Value.Value);
        Assert.Equal([1_500_000, 24, 2_000_000_000, 3], values);
        var first = profile.Numbers[0];
        Assert.Equal("1.5 mln", profile.Text.Substring(first.Start, first.Length));
    }
}
