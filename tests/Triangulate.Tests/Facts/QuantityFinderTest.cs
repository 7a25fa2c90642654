using Triangulate.Facts;
using Triangulate.Text;

namespace Triangulate.Tests.Facts;

public class QuantityFinderTest
{
    [Fact]
    public void AClaimHasItsQualifierWhatItCountsAndItsSource()
    {
        var quantity = Assert.Single(QuantityFinder.Find("The flood has killed at least 1,240 people in Kell province, according to the Velmora health ministry."));

        Assert.Equal("at least 1,240", quantity.Text);
        Assert.Equal(1240, quantity.Value);
        Assert.Equal("at least", quantity.Qualifier);
        Assert.Equal("people in Kell province", quantity.What);
        Assert.Contains("health ministry", quantity.AccordingTo);
    }

    [Fact]
    public void AWireDatelineIsNotWhoGivesTheFigure()
    {
        var quantity = Assert.Single(QuantityFinder.Find("Mar 4 - The Kestrel Shipping Co said it would sell two ferries for 40 mln dlrs."), q => q.Value == 40_000_000);

        Assert.Equal("The Kestrel Shipping Co", quantity.AccordingTo);
    }

    [Theory]
    [InlineData("Around 1.5 mln residents live near the river, the census office said.", 1_500_000)]
    [InlineData("Rescuers pulled three survivors from the rubble.", 3)]
    [InlineData("Dozens of boats joined the search.", 24)]
    public void NumberWordsAndScalesAreRead(string sentence, double value) =>
        Assert.Equal(value, Assert.Single(QuantityFinder.Find(sentence)).Value);

    [Theory]
    [InlineData("The barrier was built in 1987 and inspected on October 7.")]
    [InlineData("The meeting began at 10:30 and Gen. Dunn, number two in the army, spoke first.")]
    public void YearsDatesTimesAndRanksAreNotClaims(string sentence) =>
        Assert.Empty(QuantityFinder.Find(sentence));

    [Fact]
    public void ASourceAfterTheNumberOutranksOneBefore()
    {
        var quantity = Assert.Single(QuantityFinder.Find(
            "The union said the storm had destroyed more than 300 homes, insurance officials say."));

        Assert.Equal("insurance officials", quantity.AccordingTo);
    }

    [Fact]
    public void ModifiersJoinedByAndStayInWhatIsCounted() =>
        Assert.Equal("Velmoran and foreign hostages in the raid", Assert.Single(QuantityFinder.Find("The militia took about 130 Velmoran and foreign hostages in the raid.")).What);

    [Fact]
    public void AFigureEndingAQuotationOpenedInAnEarlierSentenceIsGivenByItsSpeaker()
    {
        var text = ArticleText.Of("a1", "Ferry line", ["\"The route pays for itself. We will hire 40 deckhands by spring,\" said Mara Voss, the harbour director."]);

        var claim = Assert.Single(QuantityFinder.Find(text, AttributionFinder.Default.FindSaid(text.Text)));

        Assert.Equal(40, claim.Quantity.Value);
        Assert.Equal("Mara Voss", claim.Quantity.AccordingTo);
        Assert.Equal(1, claim.Evidence.Sentence);
    }
}
