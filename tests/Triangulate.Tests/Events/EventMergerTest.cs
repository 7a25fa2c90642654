using Triangulate.Events;
using Triangulate.Text;

namespace Triangulate.Tests.Events;

public class EventMergerTest
{
    private static readonly DateOnly Wednesday = new(2025, 10, 22);

    private static IReadOnlyList<EventFact> Meetings(params string[] paragraphs) =>
        [.. EventMerger.Merge(EventFinder.Find(ArticleText.Of("a1", "", paragraphs), Wednesday), _ => null).Where(f => f.Type == EventTypes.Meet)];

    [Fact]
    public void TalksTheTextDatesMonthsBackAreNotTheMeetingItReports()
    {
        var meetings = Meetings(
            "Kestrel Brigades commanders have held talks with Velmoran Liberation Front leaders about their war, the front said on Wednesday.",
            "Ostravia, which in June hosted talks with leaders of the Kestrel Brigades and the Velmoran Liberation Front, has armed both groups.");

        var reported = Assert.Single(meetings, m => m.Mentions.Any(e => e.Evidence.Sentence == 0));
        Assert.DoesNotContain(reported.Mentions, e => e.Evidence.Sentence == 1);
        Assert.Contains(meetings, m => m.Time is { Value: "2025-06", Reported: false });
    }

    [Fact]
    public void TwoMeetingsOfOneArticleSharingOneSideAndNoDayStayApart()
    {
        var meetings = Meetings(
            "Kestrel Brigades commanders held talks with the Velmoran Liberation Front, the front said.",
            "During separate talks, the Ostravian government urged Adrian Holm to rein in the Kestrel Brigades.");

        Assert.Equal(2, meetings.Count);
    }

    [Fact]
    public void AMeetingToldTwiceInOneArticleIsOneEvent()
    {
        var meeting = Assert.Single(Meetings(
            "Kestrel Brigades commanders held talks with Velmoran Liberation Front leaders, the front said on Wednesday.",
            "The statement did not say where the Kestrel Brigades met the Velmoran Liberation Front beyond saying it was in Lebanon."));

        Assert.Equal("Lebanon", meeting.Place?.Name);
    }
}
