using Triangulate.Facts;

namespace Triangulate.Tests.Facts;

/// <summary>Aliases merged within each article, then within each story, then across the corpus.</summary>
public class AliasPassesTest
{
    // Invented stories: a dock strike led by Grace Okafor and a football match won by Daniel Okafor, two reports each.
    private const string StrikeDay1 = """
        Kell dockers walk out as port talks collapse

        Dock workers in Kell walked out on Monday after talks with the port authority collapsed.
        Grace Okafor, who chairs the Velmoran Dockers Union, said the strike would last until wages rose.
        "We have waited three years," Okafor told reporters.
        The Dockers Union says 900 of its members have stopped work. A Chilean cargo ship waited offshore.
        """;

    private const string StrikeDay2 = """
        Kell port strike enters second day

        The strike at Kell port entered its second day on Tuesday, with no ships unloaded since Monday morning.
        Okafor said the union would not return to talks before Friday.
        """;

    private const string MatchReport = """
        Sarn Rovers beat Delta City 3-1

        Sarn Rovers beat Delta City 3-1 on Saturday, with two goals from their new striker.
        Daniel Okafor, who joined the club from Chile last summer, scored in each half.
        The Sarnian Dockers Union, which sponsors the club, watched from the stand.
        Okafor has now scored nine goals this season. The Dockers Union paid for the new stand.
        """;

    private const string MatchReaction = """
        Rovers coach praises two-goal striker

        Sarn Rovers coach Mira Hale praised Okafor after Saturday's win, saying the striker had earned his place.
        """;

    // A third story that names no qualified union: it could be either.
    private const string HarbourBrief = """
        Union calls for calm after harbour scuffle

        The Dockers Union called for calm after a scuffle at the harbour gates on Sunday night.
        """;

    private static readonly IReadOnlyList<Actor> Actors = ActorResolver.Resolve(
        [ActorMentionFinder.Find(StrikeDay1), ActorMentionFinder.Find(StrikeDay2), ActorMentionFinder.Find(MatchReport), ActorMentionFinder.Find(MatchReaction),
            ActorMentionFinder.Find(HarbourBrief)],
        [[0, 1], [2, 3]]);

    private static Actor ActorNamed(string name) => Assert.Single(Actors, actor => actor.Name == name);

    [Fact]
    public void ASurnameTwoPeopleShareIsEachStorysOwnPerson() => AssertEachKeepsItsShortForm("Grace Okafor", "Daniel Okafor", "Okafor", 2);

    [Fact]
    public void AShortFormResolvesWithinItsArticle() => AssertEachKeepsItsShortForm("Velmoran Dockers Union", "Sarnian Dockers Union", "Dockers Union", 1);

    [Fact]
    public void AShortFormTwoActorsShareJoinsNeitherWhereItStandsAlone()
    {
        var alone = ActorNamed("Dockers Union");

        Assert.Equal(["Dockers Union"], alone.Aliases.Select(alias => alias.Name));
        Assert.NotEqual(ActorNamed("Velmoran Dockers Union").Id, ActorNamed("Sarnian Dockers Union").Id);
    }

    [Fact]
    public void MergeReasonsNameTheirScope()
    {
        var grace = ActorNamed("Grace Okafor");

        Assert.Contains(grace.Merges, merge => merge.Reason == "surname (within article)");
        Assert.Contains(grace.Merges, merge => merge.Reason == "surname (within story)");
        Assert.Contains(ActorNamed("Chile").Merges, merge => merge.Reason == "demonym (across corpus)");
    }

    private static void AssertEachKeepsItsShortForm(string one, string other, string shortForm, int usesEach)
    {
        Assert.NotEqual(ActorNamed(one).Id, ActorNamed(other).Id);
        Assert.Equal(usesEach, ActorNamed(one).Aliases.SingleOrDefault(alias => alias.Name == shortForm)?.Count);
        Assert.Equal(usesEach, ActorNamed(other).Aliases.SingleOrDefault(alias => alias.Name == shortForm)?.Count);
    }
}
