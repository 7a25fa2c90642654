using Triangulate.Facts;

namespace Triangulate.Tests.Facts;

public class ActorTypeTest
{
    private static IReadOnlyList<ActorMention> Mentions(string text) => ActorMentionFinder.Find(text).Mentions;

    [Fact]
    public void AnOperationsNameIsNoActor() =>
        Assert.DoesNotContain(Mentions("The raid began Operation Iron Tide, Dovran officials said."), m => m.Text.Contains("Iron Tide", StringComparison.Ordinal));

    [Fact]
    public void AGovernmentNameIsAGovernmentBody() =>
        Assert.Equal(ActorType.GovernmentBody, Assert.Single(Mentions("Officials said the Kremlin rejected the offer."), m => m.Text == "Kremlin").Type);

    [Fact]
    public void AWordThatOpensSentencesIsNoActorAfterADateline() =>
        Assert.DoesNotContain(Mentions("DOVRA -- Senior officials of the Kestrel Brigades met on Monday."), m => m.Text == "Senior");

    [Fact]
    public void AnAbbreviationWithDotsIsOneName()
    {
        var mentions = Mentions("The U.S. Coast Guard said the Dovran tanker was towed to port. U.N. monitors were aboard.");

        Assert.DoesNotContain(mentions, m => m.Text is "U" or "S" or "N");
        Assert.Contains(mentions, m => m.Text.StartsWith("U.S.", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Text == "U.N.");
    }
}
