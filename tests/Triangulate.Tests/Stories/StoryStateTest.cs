using Triangulate.Stories;

namespace Triangulate.Tests.Stories;

public class StoryStateTest
{
    private static readonly StoryFrequencies Frequencies = new(StoryFrequencyTable.Empty);

    private static StoryMember Member(string id, params float[] meaning) =>
        Frequencies.Member(new StoryFeatures(id, id, null, null,
            new Dictionary<string, double> { ["word"] = 1 }, new Dictionary<string, double>(), new Dictionary<string, double>(), null,
            Short: true, Meaning: meaning.Length == 0 ? null : meaning));

    private static StoryState Story(params StoryMember[] members)
    {
        var story = new StoryState(0, members[0], 0, Frequencies);
        foreach (var member in members.Skip(1))
        {
            story.Add(member, 0);
        }
        return story;
    }

    [Fact]
    public void MeaningIsTheMeanCosineOverPairsAcrossTheSides()
    {
        var a = Story(Member("a1", 1, 0, 0), Member("a2", 0, 1, 0));
        var b = Story(Member("b1", 1, 0, 0), Member("b2", 0.6f, 0.8f, 0), Member("b3", 0, 0, 1));

        // Pairs: a1·b = 1, 0.6, 0; a2·b = 0, 0.8, 0; six pairs.
        Assert.Equal(2.4 / 6, a.MeaningAgainst(b)!.Value, 6);
        Assert.Equal(a.MeaningAgainst(b)!.Value, b.MeaningAgainst(a)!.Value, 6);
    }

    [Fact]
    public void A_member_is_weighed_against_the_rest_of_its_story()
    {
        var member = Member("b2", 0.6f, 0.8f, 0);
        var story = Story(Member("b1", 1, 0, 0), member, Member("b3", 0, 0, 1));

        Assert.Equal((0.6 + 0) / 2, Story(member).MeaningAgainst(story, withoutMember: true)!.Value, 6);
    }

    [Fact]
    public void Meaning_is_unknown_when_a_side_has_no_embedding_and_follows_a_member_that_leaves()
    {
        var unembedded = Story(Member("full-article"));
        var leaving = Member("b3", 0, 0, 1);
        var story = Story(Member("b1", 1, 0, 0), leaving);
        var arriving = Story(Member("a1", 1, 0, 0));

        Assert.Null(arriving.MeaningAgainst(unembedded));
        Assert.Equal(0.5, arriving.MeaningAgainst(story)!.Value, 6);
        story.Remove(leaving);
        Assert.Equal(1, arriving.MeaningAgainst(story)!.Value, 6);
    }
}
