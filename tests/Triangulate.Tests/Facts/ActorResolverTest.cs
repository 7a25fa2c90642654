using Triangulate.Facts;

namespace Triangulate.Tests.Facts;

public class ActorResolverTest
{
    // Two short wire stories about an invented conflict, spelled as two outlets would spell them.
    private const string FirstOutlet = """
        Velmora's Free Valley Front (FVF) said on Tuesday that its fighters had taken the dam at Kell.

        Ansar al-Tariq (the Tarvanis) joined the assault, according to Interior Minister Ilse Marren.
        Marren said the army would retake the dam. The Tarvanis have fought the government since 2019.
        Jaysh al-Qaswara, an allied militia, also claimed a role. Chilean observers arrived on Wednesday.
        """;

    private const string SecondOutlet = """
        The Free Valley Front said the Tervanis and Jaish al-Qasswara had helped its fighters at Kell.
        A spokesman for the United Harbour Workers Federation said the UHWF would strike in support.
        Chile sent two observers. Tamar, a shepherd, saw the fighting; Tamr was not there.
        Anna Rusk and Piet Rusk, both engineers, left the dam. Rusk later spoke to reporters.
        """;

    private static readonly IReadOnlyList<Actor> Actors =
        ActorResolver.Resolve([ActorMentionFinder.Find(FirstOutlet), ActorMentionFinder.Find(SecondOutlet)]);

    private static Actor ActorNamed(string alias) =>
        Assert.Single(Actors, actor => actor.Aliases.Any(a => a.Name == alias));

    [Theory]
    [InlineData("FVF", "Free Valley Front", "acronym declared in the text (within article)")]
    [InlineData("UHWF", "United Harbour Workers Federation", "initials (within article)")]
    [InlineData("Ansar al-Tariq", "Tarvanis", "apposition in the text (within article)")]
    [InlineData("Tarvanis", "Tervanis", "spelling variant (across corpus)")]
    [InlineData("Jaysh al-Qaswara", "Jaish al-Qasswara", "spelling variant (across corpus)")]
    [InlineData("Ilse Marren", "Marren", "surname (within article)")]
    [InlineData("Chile", "Chilean", "demonym (across corpus)")]
    public void NamesOfOneActorAreMergedWithTheirReason(string name, string alias, string reason)
    {
        var actor = ActorNamed(name);

        Assert.Contains(actor.Aliases, a => a.Name == alias);
        Assert.Contains(actor.Merges, merge => merge.Reason == reason);
    }

    [Theory]
    [InlineData("Tamar", "Tamr")]
    [InlineData("Free Valley Front", "Tarvanis")]
    [InlineData("Ilse Marren", "Ansar al-Tariq")]
    public void DifferentActorsStayApart(string one, string other) =>
        Assert.NotEqual(ActorNamed(one).Id, ActorNamed(other).Id);

    [Fact]
    public void AnAmbiguousSurnameJoinsNoOne()
    {
        Assert.DoesNotContain(ActorNamed("Anna Rusk").Aliases, a => a.Name == "Rusk");
        Assert.DoesNotContain(ActorNamed("Piet Rusk").Aliases, a => a.Name == "Rusk");
    }

    [Fact]
    public void TitlesAndPossessivesAreNotPartOfTheName()
    {
        var mentions = ActorMentionFinder.Find(FirstOutlet).Mentions;

        Assert.Contains(mentions, m => m.Text == "Ilse Marren" && m.Type == ActorType.Person);
        Assert.Contains(mentions, m => m.Text == "Free Valley Front" && m.Descriptor == "Velmora's");
        Assert.DoesNotContain(mentions, m => m.Text.Contains("Tuesday", StringComparison.Ordinal));
    }

    [Fact]
    public void ActorIdsAreStableAcrossRuns()
    {
        var again = ActorResolver.Resolve([ActorMentionFinder.Find(FirstOutlet), ActorMentionFinder.Find(SecondOutlet)]);
        Assert.Equal(Actors.Select(a => a.Id), again.Select(a => a.Id));
    }
}
