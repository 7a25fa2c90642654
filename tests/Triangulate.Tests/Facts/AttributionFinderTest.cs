using Triangulate.Facts;

namespace Triangulate.Tests.Facts;

public class AttributionFinderTest
{
    private static Attribution Single(string text)
    {
        var found = AttributionFinder.Default.Find(text);
        return Assert.Single(found, attribution => attribution.Source is not null);
    }

    [Fact]
    public void SubjectBeforeTheCueIsTheSource()
    {
        var attribution = Single("The river authority said the spillway would hold through the weekend.");

        Assert.Equal("said", attribution.Cue.Text);
        Assert.Contains("river authority", attribution.Source!.Text);
        Assert.StartsWith("the spillway would hold", attribution.Content!.Text);
        Assert.False(attribution.Anonymous);
    }

    [Fact]
    public void AWireDatelineIsNoPartOfTheSource()
    {
        var attribution = Single("Mar 4 - The Kestrel Shipping Co said it would sell two ferries for 40 mln dlrs.");

        Assert.Equal("The Kestrel Shipping Co", attribution.Source!.Text);
    }

    [Fact]
    public void InvertedQuotationPutsTheSourceAfterTheCue()
    {
        var attribution = Single("“We will rebuild every bridge,” said Governor Ilse Marren.");

        Assert.Equal("Governor Ilse Marren", attribution.Source!.Text.TrimEnd('.'));
        Assert.Contains("We will rebuild every bridge", attribution.Content!.Text);
    }

    [Fact]
    public void AccordingToNamesTheSourceAfterIt()
    {
        var attribution = Single("At least 42 people died in the flood, according to the Velmora health ministry.");

        Assert.Contains("Velmora health ministry", attribution.Source!.Text);
    }

    [Fact]
    public void ToldNamesTheChannelAndAnonymousSourcesAreMarked()
    {
        var attribution = Assert.Single(
            AttributionFinder.Default.Find("Two officials who requested anonymity told MPA that the convoy had turned back."),
            found => found.Cue.Text == "told");

        Assert.Equal("MPA", attribution.Channel!.Text);
        Assert.True(attribution.Anonymous);
    }

    [Fact]
    public void AppositionBetweenSubjectAndCueIsSkipped()
    {
        var attribution = Single("Dara Quill, 54, a ferry captain from Kell, told reporters the water rose within minutes.");

        Assert.StartsWith("Dara Quill", attribution.Source!.Text);
    }

    [Fact]
    public void TitlesWithFullStopsDoNotEndTheSentence()
    {
        var attribution = Single("Gov. Ilse Marren said the levee program would continue.");

        Assert.Contains("Marren", attribution.Source!.Text);
    }

    [Fact]
    public void CuesInsideAQuotationBelongToItsContent()
    {
        var found = AttributionFinder.Default.Find("“The engineers said the dam would hold, and it did,” the mayor said.");

        var attribution = Assert.Single(found, found => found.Source is not null);
        Assert.Equal("the mayor", attribution.Source!.Text);
    }

    [Fact]
    public void AParticipleCueSharesTheSpeakerOfTheSentence()
    {
        var found = AttributionFinder.Default.Find("“We will rebuild,” Mayor Ilse Marren said, adding that the ferry would run by June.");

        var adding = Assert.Single(found, attribution => attribution.Cue.Text == "adding");
        Assert.Equal("Mayor Ilse Marren", adding.Source!.Text);
    }

    [Fact]
    public void AClauseAfterTheCueKeepsTheSubjectBeforeIt()
    {
        var attribution = Single("Dara Quill, a ferry captain from Kell, said the harbour master had closed the port.");

        Assert.StartsWith("Dara Quill", attribution.Source!.Text);
    }

    [Fact]
    public void AHeadlineNameBeforeAColonIsTheSpeaker()
    {
        var attribution = Single("Marren: Bridge tolls will fall next year\nThe mayor of Kell spoke on Friday.");

        Assert.Equal(":", attribution.Cue.Text);
        Assert.Equal("Marren", attribution.Source!.Text);
    }

    [Fact]
    public void AQuotationSignedWithADashIsItsSignersWords()
    {
        var attributions = AttributionFinder.Default.Find("“The ferry is our lifeline. Closing it would cut the island off.” ― Ilsa Marren\n“We pay the tolls and get nothing back.” — Tom Ardle.\nThe harbour board meets on Friday.");

        Assert.Equal(["Ilsa Marren", "Tom Ardle"], attributions.Select(a => a.Source!.Text));
        Assert.Equal("The ferry is our lifeline. Closing it would cut the island off", attributions[0].Content!.Text);
    }

    [Fact]
    public void ANameAfterADashBeforeAQuotedColonIsTheSpeaker()
    {
        var attribution = Single("Ferry polls missed the swing - Ilsa Marren: “Most voters in Kell decided in the last week.”");

        Assert.Equal(":", attribution.Cue.Text);
        Assert.Equal("Ilsa Marren", attribution.Source!.Text);
    }

    [Fact]
    public void ADashInRunningTextSignsNothing()
    {
        var attributions = AttributionFinder.Default.Find("“The ferry stays,” the mayor of Kell said — Marren Council agreed on Friday after a long debate about the tolls.");

        Assert.DoesNotContain(attributions, a => a.Cue.Text == "—");
    }

    [Fact]
    public void APassiveCueNamesNoSpeakerUnlessAnAgentFollows()
    {
        var found = AttributionFinder.Default.Find("The harbour master was criticized for the delay. The plan was opposed by the Kell fishermen.");

        Assert.Null(Assert.Single(found, attribution => attribution.Cue.Text.Contains("criticized")).Source);
        Assert.Equal("the Kell fishermen", Assert.Single(found, attribution => attribution.Cue.Text.Contains("opposed")).Source!.Text);
    }

    [Fact]
    public void AuxiliaryWordsAloneAreNotCues()
    {
        var found = AttributionFinder.Default.Find("The bridge has also been closed to trucks.");

        Assert.DoesNotContain(found, attribution => attribution.Cue.Text is "has" or "also" or "has also");
    }

    [Fact]
    public void AClauseWithItsOwnSubjectOpensANewAttribution()
    {
        var found = AttributionFinder.Default.Find("The harbour master said the ferry would stop for a week, but she backed a plan to run a night boat.");

        Assert.Equal("she", Assert.Single(found, attribution => attribution.Cue.Text.Contains("backed")).Source!.Text);
    }

    [Theory]
    [InlineData("There is lots of talk about the ferry fares in Kell this year.")]
    [InlineData("The harbour board acted without a plan to replace the old pier.")]
    public void ACueAfterAPrepositionOrArticleHasNoSpeakerBeforeIt(string text)
    {
        Assert.All(AttributionFinder.Default.Find(text), attribution => Assert.Null(attribution.Source));
    }

    [Theory]
    [InlineData("The Kellhaven ferry line will close in May, people familiar with the matter said.", "people familiar with the matter")]
    [InlineData("The port authority plans to sell its two tugs, a person briefed on the talks said.", "a person briefed on the talks")]
    [InlineData("The strike will end on Friday, officials close to the union said.", "officials close to the union")]
    [InlineData("Rescue teams drilled a ventilation shaft towards the trapped men through the night, people familiar with the rescue said.", "people familiar with the rescue")]
    public void PeopleFamiliarWithTheMatterAreAnAnonymousSource(string sentence, string source)
    {
        var attribution = Single(sentence);

        Assert.Equal(source, attribution.Source!.Text);
        Assert.True(attribution.Anonymous);
    }

    [Fact]
    public void AParticipleAfterAClosedQuotationSharesTheSpeaker()
    {
        var found = AttributionFinder.Default.Find("Ada Vale said the barrier was “sound,” adding that the council would pay for its repair.");

        var adding = Assert.Single(found, a => a.Cue.Text == "adding");
        Assert.Equal("Ada Vale", adding.Source!.Text);
    }

    [Fact]
    public void TheCommaOfAnOpeningPhraseDoesNotEndTheSubject()
    {
        var attribution = Single("On Sunday, Ada Vale, the mayor of Kell, said the ferry would run again by June.");

        Assert.StartsWith("Ada Vale", attribution.Source!.Text);
    }

    [Fact]
    public void ASentenceSubjectStartsAfterADateline()
    {
        var found = AttributionFinder.Default.Find("KELL, June 3 (Wire) - The Kell harbour board voted for the plan on Monday, saying the ferry would run again by June.");

        var saying = Assert.Single(found, a => a.Cue.Text == "saying");
        Assert.Equal("The Kell harbour board", saying.Source!.Text);
    }

    [Fact]
    public void ACueAfterToHasTheSubjectOfTheVerbsBefore()
    {
        var found = AttributionFinder.Default.Find("Ada Vale is trying to persuade the harbour board that the ferry can pay for itself.");

        var persuade = Assert.Single(found, a => a.Cue.Text.Contains("persuade", StringComparison.Ordinal));
        Assert.Equal("Ada Vale", persuade.Source!.Text);
    }

    [Fact]
    public void ANounBeforeToGovernsNoCue()
    {
        var found = AttributionFinder.Default.Find("In addition to asking Kell to close the quay, the harbour board said the ferry would stop.");

        Assert.DoesNotContain(found, a => a.Source?.Text == "In");
    }

    [Theory]
    [InlineData("Fewer ferries sail to Kell each year, a trend the foundation predicts will continue.", "foundation")]
    [InlineData("In 2001 an arbitration panel found the harbour board was in breach of the lease.", "arbitration panel")]
    public void ASingularBodyIsASpeakerForAWeakCue(string text, string source) =>
        Assert.Contains(source, Single(text).Source!.Text, StringComparison.Ordinal);
}
