using Triangulate.Facts;

namespace Triangulate.Tests.Facts;

public class PronounSourceTest
{
    private static readonly ActorMention[] Mentions =
    [
        new(0, 15, "Kestrel Brigades", ActorType.ArmedGroup, "fixture"),
        new(40, 52, "Mara Velmont", ActorType.Person, "fixture"),
        new(60, 66, "Beirut", ActorType.Place, "fixture"),
    ];

    [Theory]
    [InlineData("It", "Kestrel Brigades")]
    [InlineData("they", "Kestrel Brigades")]
    [InlineData("She", "Mara Velmont")]
    [InlineData("who", "Mara Velmont")]
    [InlineData("the spokesman", "the spokesman")]
    public void APronounIsTheLastActorOfAFittingKindBeforeIt(string pronoun, string expected) =>
        Assert.Equal(expected, PronounSource.Resolve(pronoun, 70, Mentions));

    [Fact]
    public void APronounWithNoActorBeforeItStaysAsWritten() => Assert.Equal("He", PronounSource.Resolve("He", 30, Mentions));
}
