using Triangulate.Analysis;
using Triangulate.Storage;
using Triangulate.Tests.Reuse;

namespace Triangulate.Tests.Analysis;

/// <summary>A later ingest revisits the stored stories whose headlines share distinctive words with the new articles.</summary>
public class StoryNeighbourhoodTest
{
    private static readonly StoredMember[] Members =
    [
        new("story-mine", "cna", "Tunnel collapse traps 14 miners at Dunmore copper mine"),
        new("story-mine", "verbatim", "Miners trapped at Dunmore after tunnel collapse"),
        new("story-strike", "strike-wire", "Kessel dock workers strike over pay"),
        new("story-ferry", "ferries", "Ostrava Bay ferry company adds night crossings"),
    ];

    [Fact]
    public void A_copy_finds_the_story_of_its_wire_and_not_a_story_sharing_no_name_with_it()
    {
        var stories = StoryNeighbourhood.Candidates(Members, [ProvenanceFixtures.Edited with { Title = "Dunmore rescue goes on through the night" }]);

        Assert.Contains("story-mine", stories);
        Assert.DoesNotContain("story-strike", stories);
    }

    [Fact]
    public void An_article_on_nothing_stored_revisits_no_story()
    {
        var budget = ProvenanceFixtures.Article("budget", "2026-02-04T09:00Z", "Bay Courier", [],
            "The regional assembly approved next year's budget on Wednesday after a night of debate.") with { Title = "Assembly passes budget" };

        Assert.Empty(StoryNeighbourhood.Candidates(Members, [budget]));
    }
}
