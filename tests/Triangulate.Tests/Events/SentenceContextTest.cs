using Triangulate.Events;
using Triangulate.Text;

namespace Triangulate.Tests.Events;

/// <summary>A place or a time belongs to the event word it stands with, not to every event of its sentence.</summary>
public class SentenceContextTest
{
    private static readonly DateOnly Friday = new(2025, 6, 13);

    private static IReadOnlyList<Event> Find(string sentence) => EventFinder.Find(ArticleText.Of("a1", "", [sentence]), Friday);

    [Fact]
    public void APlaceAfterAHappeningIsThatHappeningsPlace() =>
        Assert.Null(Assert.Single(Find("The Kestrel Brigades discussed the next stage of the war in Lebanon."), e => e.Trigger.Text == "discussed" && e.Type == EventTypes.Meet).Place);

    [Fact]
    public void APlaceRightAfterAnEventWordIsItsPlace() =>
        Assert.Equal("Lebanon", Assert.Single(Find("A Kestrel Brigades source said the sides discussed their campaign during the meeting in Lebanon."),
            e => e.Type == EventTypes.Meet).Place?.Name);

    [Fact]
    public void ADateBeforeAnEventNounDatesThatEvent()
    {
        var events = Find("The Kestrel Brigades discussed the October 7 attack on the Velmoran Liberation Front.");

        Assert.Null(Assert.Single(events, e => e.Trigger.Text == "discussed" && e.Type == EventTypes.Meet).Time);
        Assert.EndsWith("-10-07", Assert.Single(events, e => e.Trigger.Text == "attack").Time?.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ATimeAfterAMeetingAndBeforeItsPurposeDatesTheMeeting() =>
        Assert.Equal("2025-W23", Assert.Single(Find("Kestrel Brigades commanders held a rare meeting last week to discuss their campaign."), e => e.Trigger.Text == "meeting").Time?.Value);
}
