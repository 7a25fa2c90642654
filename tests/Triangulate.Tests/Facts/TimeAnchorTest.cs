using Triangulate.Facts;
using Triangulate.Ingest;

namespace Triangulate.Tests.Facts;

public class TimeAnchorTest
{
    private static Article Dated(string id, string? published) =>
        new(id, id, id, null, "Kell dam reopens", null,
            published is null ? null : new PublicationTime(DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture), TimePrecision.Day, false, "fixture"),
            [], null, ["Engineers reopened the Kell dam last week."], []);

    [Fact]
    public void ADatedArticleIsReadAgainstItsOwnDay()
    {
        var article = Dated("wire", "2025-04-11T08:00Z");

        Assert.Equal(new DateOnly(2025, 4, 11), TimeAnchor.Of(article, [Dated("copy", "2025-04-09T08:00Z")]));
    }

    [Fact]
    public void AnUndatedArticleIsReadAgainstTheFirstDayOfItsStory()
    {
        var undated = Dated("undated", null);

        Assert.Equal(new DateOnly(2025, 4, 11), TimeAnchor.Of(undated, [undated, Dated("later", "2025-04-12T09:00Z"), Dated("first", "2025-04-11T08:00Z")]));
    }

    [Fact]
    public void AnUndatedArticleInAnUndatedStoryHasNoAnchor() =>
        Assert.Null(TimeAnchor.Of(Dated("undated", null), [Dated("other", null)]));
}
