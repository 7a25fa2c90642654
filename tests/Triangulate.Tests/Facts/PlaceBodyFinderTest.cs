using Triangulate.Facts;
using Triangulate.Ingest;

namespace Triangulate.Tests.Facts;

public class PlaceBodyFinderTest
{
    // Three outlets on invented floods, each naming the health ministry its own way.
    private static readonly string[] Texts =
    [
        "At least 40 people died in the floods in Chile, the Chilean Health Ministry said on Monday.",
        "The floods killed 40 people in Chile this week, according to the country's health ministry.",
        "The health ministry in flood-hit Chile said hospitals were full. Peru's health ministry sent 12 doctors.",
    ];

    [Fact]
    public void ALowerCaseMinistryIsNamedAfterThePlaceItBelongsTo()
    {
        var mention = Assert.Single(ActorMentionFinder.Find(Texts[1]).Mentions, m => m.Rule == "body of a place");

        Assert.Equal("Chile health ministry", mention.Text);
        Assert.Equal("health ministry", Texts[1][mention.Start..mention.End]);
        Assert.Equal("the country's", mention.Descriptor);
    }

    [Fact]
    public void EveryWordingOfOnePlacesMinistryIsOneActorAndAnotherPlacesIsNot()
    {
        var actors = ActorResolver.Resolve([.. Texts.Select(text => ActorMentionFinder.Find(text))]);

        var chile = Assert.Single(actors, actor => actor.Aliases.Any(alias => alias.Name == "Chilean Health Ministry"));
        Assert.Contains(chile.Aliases, alias => alias.Name == "Chile health ministry" && alias.Count == 2);
        Assert.Contains(chile.Merges, merge => merge.Reason.StartsWith("body of one place", StringComparison.Ordinal));
        var peru = Assert.Single(actors, actor => actor.Aliases.Any(alias => alias.Name == "Peru health ministry"));
        Assert.NotEqual(chile.Id, peru.Id);
    }

    [Fact]
    public void AnAgencyIsAnActorUnderTheNameItSignsWith()
    {
        var article = new Article("a", "a", "a", null, "Kell dam reopens", null, null, ["MPA"], null,
            ["The Kell dam reopened on Tuesday, engineers told MPA."], [new RemovedLine("Meridian Press Agency", FurnitureRules.Signature)]);

        var agency = Assert.Single(ArticleActors.Resolve([article], []), actor => actor.Aliases.Any(alias => alias.Name == "MPA"));

        Assert.Contains(agency.Aliases, alias => alias.Name == "Meridian Press Agency");
    }
}
