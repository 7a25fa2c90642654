using Triangulate.Facts;

namespace Triangulate.Tests.Facts;

/// <summary>Who says so is said with a verb of saying or thinking, and is the whole noun phrase of the speaker.</summary>
public class SpeechVerbsTest
{
    [Theory]
    [InlineData("The Kestrel Brigades have attacked river barges for months, forcing traders to reroute.", "attacked")]
    [InlineData("Evidence suggests the militia knew of the raid in advance.", "suggests")]
    [InlineData("Prime Minister Adrian Holm approved the plan for an offensive on Port Aldane.", "approved")]
    public void AVerbOfDoingIsNoAttribution(string sentence, string verb) =>
        Assert.DoesNotContain(AttributionFinder.Default.FindSaid(sentence), a => a.Cue.Text.Contains(verb, StringComparison.Ordinal));

    [Theory]
    [InlineData("The Kestrel Brigades said they would keep attacking river barges.", "said")]
    [InlineData("A Kestrel Brigades source told AFP the barges would be targeted again.", "told")]
    [InlineData("The raid killed 12 people, according to the Aldane health ministry.", "according to")]
    public void AVerbOfSayingOrThinkingIsOne(string sentence, string cue) =>
        Assert.Contains(AttributionFinder.Default.FindSaid(sentence), a => a.Cue.Text == cue);

    [Theory]
    [InlineData("Sources in both groups told AFP that the talks went well.", "Sources in both groups")]
    [InlineData("The barges will be targeted again, according to the Kestrel and Velmoran sources.", "the Kestrel and Velmoran sources")]
    public void TheSourceIsTheWholeNounPhrase(string sentence, string source) =>
        Assert.Equal(source, Assert.Single(AttributionFinder.Default.FindSaid(sentence)).Source?.Text);
}
