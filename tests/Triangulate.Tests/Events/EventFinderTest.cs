using Triangulate.Events;
using Triangulate.Facts;
using Triangulate.Text;

namespace Triangulate.Tests.Events;

public class EventFinderTest
{
    private static readonly DateOnly Friday = new(2025, 6, 13);

    private static IReadOnlyList<Event> Find(params string[] paragraphs) => EventFinder.Find(ArticleText.Of("a1", "", paragraphs), Friday);

    [Fact]
    public void AMeetingHasItsSidesItsWeekAndWhoSaysSo()
    {
        var meeting = Assert.Single(Find("Leaders of the Velmoran Liberation Front held a rare meeting with Kestrel Brigades commanders last week, Velmoran factional sources told AFP on Friday."),
            e => e.Type == EventTypes.Meet);

        Assert.Equal("meeting", meeting.Trigger.Text);
        Assert.Contains(meeting.Participants, p => p.Name == "Velmoran Liberation Front" && p.Role == "participant");
        Assert.Contains(meeting.Participants, p => p.Name == "Kestrel Brigades");
        Assert.Equal("2025-W23", meeting.Time!.Value);
        Assert.Equal("week", meeting.Time.Precision);
        Assert.False(meeting.Time.Reported);
        var source = Assert.Single(meeting.Sources);
        Assert.Equal("Velmoran factional sources", source.Name);
        Assert.Equal("AFP", source.Via);
        Assert.True(source.Anonymous);
        Assert.Equal("04", meeting.Type.Cameo);
    }

    [Theory]
    [InlineData("Governor Ilse Marren met Tomas Edric and Aldo Venn in Kell for talks on the flood barrier.")]
    [InlineData("Governor Ilse Marren hosted talks with Tomas Edric and Aldo Venn in Kell.")]
    public void OneMeetingWithEverySideJoinedByAnd(string sentence)
    {
        var meeting = Assert.Single(Find(sentence), e => e.Type == EventTypes.Meet);

        Assert.Equal(["Aldo Venn", "Ilse Marren", "Tomas Edric"], meeting.Participants.Where(p => p.Role == "participant").Select(p => p.Name).Order());
    }

    [Fact]
    public void ArgumentsAreHeadPhrasesPronounsAndPlaces()
    {
        var events = Find("Ilse Marren arrived in Kell on Monday. She was arrested at the old ferry station, and a Kestrel guard was killed in the same province.");

        var arrest = Assert.Single(events, e => e.Type == EventTypes.Arrest);
        var detainee = Assert.Single(arrest.Participants, p => p.Role == "target");
        Assert.Equal("She", detainee.Evidence.Text);
        Assert.Equal("Ilse Marren", detainee.Name);
        Assert.Equal("old ferry station", Assert.Single(arrest.Participants, p => p.Role == "place").Name);
        var killing = Assert.Single(events, e => e.Type == EventTypes.Kill);
        var victim = Assert.Single(killing.Participants, p => p.Role == "target");
        Assert.Equal("Kestrel", victim.Name);
        Assert.Equal("Kestrel guard", victim.Evidence.Text);
        Assert.Equal("same province", Assert.Single(killing.Participants, p => p.Role == "place").Name);
    }

    [Fact]
    public void AReportsDayDatesTheEventOnlyAsReported()
    {
        var meeting = Assert.Single(Find("Kestrel Brigades commanders held talks with the Velmoran Liberation Front, the group said on Friday."), e => e.Type == EventTypes.Meet);

        Assert.Equal("2025-06-13", meeting.Time!.Value);
        Assert.True(meeting.Time.Reported);
    }

    [Fact]
    public void APlaceAfterALocativeWordLocatesTheEventWithItsCoordinates()
    {
        var meeting = Assert.Single(Find("The Kestrel Brigades met Velmoran officials at an undisclosed location in Lebanon."), e => e.Type == EventTypes.Meet);

        Assert.Equal("Lebanon", meeting.Place!.Name);
        Assert.NotNull(meeting.Place.Latitude);
        Assert.InRange(meeting.Place.Longitude!.Value, 35, 37);
    }

    [Fact]
    public void APossessivePlaceDescribesAnActorAndLocatesNothing()
    {
        var meeting = Assert.Single(Find("Yemen's Kestrel Brigades held a meeting with Velmoran officials."), e => e.Type == EventTypes.Meet);

        Assert.Null(meeting.Place);
    }

    [Theory]
    [InlineData("The Kestrel Brigades will attack the depot, their commander said.", Modality.Planned)]
    [InlineData("The Kestrel Brigades did not attack the depot.", Modality.Denied)]
    [InlineData("The Kestrel Brigades could attack the depot.", Modality.Hypothetical)]
    [InlineData("The Kestrel Brigades attacked the depot on Tuesday.", Modality.Happened)]
    public void TheWordsBeforeTheTriggerSayWhetherItHappened(string sentence, Modality modality) =>
        Assert.Equal(modality, Assert.Single(Find(sentence), e => e.Type == EventTypes.Attack).Modality);

    [Fact]
    public void AnAirStrikeIsNotAPlainAttackAndCountedVictimsAreItsTargets()
    {
        var events = Find("An air strike on the market in Dovra killed 6 civilians, medics said.");

        Assert.Contains(events, e => e.Type == EventTypes.AirStrike && e.Trigger.Text == "strike");
        var killing = Assert.Single(events, e => e.Type == EventTypes.Kill);
        Assert.Contains(killing.Participants, p => p.Name == "6 civilians" && p.Role == "target");
    }

    [Fact]
    public void SourcesDoNotTakePartInTheEventTheyReport()
    {
        var meeting = Assert.Single(Find("According to sources from the Velmoran Liberation Front, its leaders held a meeting with Kestrel Brigades commanders."), e => e.Type == EventTypes.Meet);

        Assert.DoesNotContain(meeting.Participants, p => p.Name == "Velmoran Liberation Front");
        Assert.Contains(meeting.Participants, p => p.Name == "Kestrel Brigades");
    }

    [Fact]
    public void ANamedSpeakerMakesAStatement()
    {
        var statement = Assert.Single(Find("Defence Minister Arlo Venn said on Thursday the strikes would expand to the northern ports."), e => e.Type == EventTypes.Statement);

        Assert.Equal("Arlo Venn", Assert.Single(statement.Participants).Name);
        Assert.Equal("2025-06-12", statement.Time!.Value);
        Assert.Equal(ActorType.Person, statement.Participants[0].Type);
    }
}
