using Triangulate.Events;
using Triangulate.Text;

namespace Triangulate.Tests.Events;

public class EventTypeModelTest
{
    private static readonly DateOnly Friday = new(2025, 6, 13);

    private static IReadOnlyList<Event> Find(string sentence) => EventFinder.Find(ArticleText.Of("a1", "", [sentence]), Friday);

    [Fact]
    public void CueGroupsAndTheirPairsAreFeatures()
    {
        var features = EventTypeFeatures.Of("Police fired tear gas and water cannon to disperse the protesters in Dovra.");

        Assert.Contains("cue:crowd control", features);
        Assert.Contains("cue:protest", features);
        Assert.Contains("cue:crowd control&protest", features);
        Assert.DoesNotContain("cue:natural", features);
    }

    [Fact]
    public void WhoTakesTheTownIsReadFromTheOrderOfTheGroups()
    {
        var seized = EventTypeFeatures.Of("Rebel fighters seized the town of Kessa after heavy fighting with the army.");
        var retaken = EventTypeFeatures.Of("Army troops retook the town of Kessa from the rebels on Friday.");

        Assert.Contains("near:armed group>take", seized);
        Assert.Contains("first:armed group", seized);
        Assert.DoesNotContain("near:take>armed group", seized);
        Assert.Contains("near:state forces>retake", retaken);
        Assert.Contains("first:state forces", retaken);
        Assert.DoesNotContain("first:armed group", retaken);
    }

    [Fact]
    public void TheShippedModelKnowsTheCaseLabelsAndReadsAPlainSnippet()
    {
        var model = EventTypeClassifier.Default;

        Assert.Contains("AIR_STRIKE", model.Labels);
        Assert.Contains("PEACE_PROTEST", model.Labels);
        Assert.Equal("AIR_STRIKE", model.Predict("Velmoran warplanes pounded the village of Kessa with air strikes, killing 6 civilians."));
    }

    [Fact]
    public void AGenericTriggerNarrowsToTheSentencesKindButNeverChangesFamily()
    {
        Assert.Equal(EventTypes.AirStrike, EventTypeRefiner.Refine(EventTypes.Attack, () => "AIR_STRIKE"));
        Assert.Equal(EventTypes.Attack, EventTypeRefiner.Refine(EventTypes.Attack, () => "PEACE_PROTEST"));
        Assert.Equal(EventTypes.Attack, EventTypeRefiner.Refine(EventTypes.Attack, () => "ARMED_CLASH"));
        Assert.Equal(EventTypes.Riot, EventTypeRefiner.Refine(EventTypes.Protest, () => "VIOL_DEMONSTR"));
        Assert.Equal(EventTypes.Grenade, EventTypeRefiner.Refine(EventTypes.Grenade, () => "ATTACK"));
        Assert.Equal(EventTypes.Arrest, EventTypeRefiner.Refine(EventTypes.Arrest, () => throw new InvalidOperationException("a specific type needs no classifier")));
    }

    [Fact]
    public void AnInstrumentOrAnAgentNounIsNoTrigger()
    {
        var events = Find("A bomb exploded near the Dovra market.");

        Assert.DoesNotContain(events, e => e.Trigger.Text == "bomb");
        Assert.Contains(events, e => e.Trigger.Text == "exploded" && e.Type == EventTypes.Bombing);
    }

    [Fact]
    public void InThePassiveTheActorBeforeIsTheTargetAndTheOneAfterByActs()
    {
        var killing = Assert.Single(Find("Two Kestrel Brigades commanders were killed by the Velmoran Liberation Front on Friday."), e => e.Type == EventTypes.Kill);

        Assert.Contains(killing.Participants, p => p.Name == "Kestrel Brigades" && p.Role == "target");
        Assert.Contains(killing.Participants, p => p.Name == "Velmoran Liberation Front" && p.Role == "actor");
    }

    [Fact]
    public void ActorsOfAnotherClauseTakeNoPartAndNounsForPeopleDo()
    {
        var attack = Assert.Single(Find("The Velmoran Liberation Front signed a truce on Monday, and gunmen attacked police in Kessa."), e => e.Trigger.Text == "attacked");

        Assert.DoesNotContain(attack.Participants, p => p.Name == "Velmoran Liberation Front");
        Assert.Contains(attack.Participants, p => p.Name == "gunmen" && p.Role == "actor");
        Assert.Contains(attack.Participants, p => p.Name == "police" && p.Role == "target");
    }

    [Fact]
    public void WhoeverDiesUndergoesTheDeath()
    {
        var death = Assert.Single(Find("Oren Dasko died in Kessa on Friday."), e => e.Type == EventTypes.Kill);

        Assert.Equal("target", Assert.Single(death.Participants, p => p.Name == "Oren Dasko").Role);
        Assert.Equal("Kessa", Assert.Single(death.Participants, p => p.Role == "place").Name);
    }
}
