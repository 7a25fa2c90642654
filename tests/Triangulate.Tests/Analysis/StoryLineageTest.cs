using Triangulate.Analysis;
using Triangulate.Stories;

namespace Triangulate.Tests.Analysis;

public class StoryLineageTest
{
    private static Story Story(string id, params string[] articles) => new(id, "t", null, null, articles, [], []);

    private static readonly Dictionary<string, string> Stored = new()
    {
        ["a"] = "story-old1", ["b"] = "story-old1", ["c"] = "story-old1",
        ["d"] = "story-old2", ["e"] = "story-old2",
    };

    [Fact]
    public void Merged_stories_go_on_under_the_id_of_the_one_they_hold_most_of()
    {
        var stories = StoryLineage.Inherit([Story("story-new1", "d", "e", "a", "b", "c", "f"), Story("story-new2", "g")], Stored);

        Assert.Equal(["story-old1", "story-new2"], stories.Select(s => s.Id));
    }

    [Fact]
    public void A_split_keeps_the_id_in_the_larger_part_and_the_smaller_part_gets_its_own()
    {
        var stories = StoryLineage.Inherit([Story("story-new1", "c"), Story("story-new2", "a", "b"), Story("story-new3", "d", "e")], Stored);

        Assert.Equal(["story-new1", "story-old1", "story-old2"], stories.Select(s => s.Id));
    }

    [Fact]
    public void Without_stored_stories_every_id_stays()
    {
        var stories = StoryLineage.Inherit([Story("story-new1", "a")], new Dictionary<string, string>());

        Assert.Equal("story-new1", Assert.Single(stories).Id);
    }
}
