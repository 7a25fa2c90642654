using Triangulate.Stories;

namespace Triangulate.Tests.Stories;

public class StoryFeatureExtractorTest
{
    private static readonly StoryFeatureExtractor Extractor = new(StoryTerms.Extract, StoryClusteringOptions.Default);

    private static StoryFeatures Extract(string title, params string[] body) =>
        Extractor.Extract(StoryFixtures.Article("a", title, "2025-01-10T10:00Z", "Coastal Wire", body) with { Published = null });

    [Fact]
    public void CapitalisedWordsAndPairsAreActorsButNotSentenceStartsOrCalendarWords()
    {
        var features = Extract("Talks", "On Monday, Prime Minister Alira Donn met Kestor Vahl's envoy in Tarsen.");

        Assert.Contains("alira donn", features.Actors.Keys);
        Assert.Contains("vahl", features.Actors.Keys);
        Assert.Contains("tarsen", features.Actors.Keys);
        Assert.DoesNotContain("on", features.Actors.Keys);
        Assert.DoesNotContain("monday", features.Actors.Keys);
    }

    [Fact]
    public void AnAgencyTheArticleCreditsIsNoActor()
    {
        var article = StoryFixtures.Article("a", "Orvane Foods 3RD QTR NET", "2025-01-10T10:00Z", "Daily Meridian",
            "TARSEN, Oct 14 (Meridian Press) - Orvane Foods said Kestor Vahl would join the board, Reuters reported.") with { Credits = ["Meridian Press"] };

        var features = Extractor.Extract(article);

        Assert.DoesNotContain("meridian press", features.Actors.Keys);
        Assert.DoesNotContain("meridian", features.Actors.Keys);
        Assert.DoesNotContain("press", features.Actors.Keys);
        Assert.Contains("reuters", features.Actors.Keys);
        Assert.Contains("kestor vahl", features.Actors.Keys);
    }

    [Fact]
    public void TheDatelinesPlaceAndDayAreNeitherActorsNorFigures()
    {
        var features = Extract("ORVANE FOODS SETS PAYOUT", "NEW TARSEN, Kell, Nov 26 - Qtly div 35 cts vs 35 cts prior, Orvane Foods said.",
            "The board met in Tarsen on November 12.");

        Assert.DoesNotContain("new tarsen", features.Actors.Keys);
        Assert.DoesNotContain("kell", features.Actors.Keys);
        Assert.DoesNotContain("26", features.Numbers.Keys);
        Assert.Contains("orvane foods", features.Actors.Keys);
        Assert.Contains("35", features.Numbers.Keys);
        Assert.Contains("tarsen", features.Actors.Keys);
        Assert.Contains("12", features.Numbers.Keys);
    }

    [Fact]
    public void AnOpeningDashInASentenceIsNoDateline()
    {
        var features = Extract("Talks", "Officials in Tarsen said talks - the first in years - would resume on the 26th of March.");

        Assert.Contains("tarsen", features.Actors.Keys);
    }

    [Fact]
    public void ASentenceCaseHeadlineNamesItsCapitalisedWordsAndACapitalsHeadlineAllOfItsWords()
    {
        var sentenceCase = Extract("Flooding forces Alira Donn to leave Tarsen", "Rain kept falling.");
        var capitals = Extract("ORVANE FOODS SETS PAYOUT", "Qtly div 35 cts.");
        var headlineOnly = Extract("Flooding forces Alira Donn to leave Tarsen");

        Assert.Equal(["alira", "donn", "tarsen"], sentenceCase.HeadlineNames!.Order());
        Assert.Equal(["foods", "orvane", "payout", "sets"], capitals.HeadlineNames!.Order());
        Assert.Empty(headlineOnly.HeadlineNames!);
    }

    [Fact]
    public void TheWordAfterADatelineDashOpensASentenceButAHyphenatedNameIsKept()
    {
        var features = Extract("Results", "TARSEN, Oct 14 - Shares of Orvane Foods rose after the Iran-backed Kestor-Vahl fund sold.");

        Assert.DoesNotContain("shares", features.Actors.Keys);
        Assert.Contains("orvane foods", features.Actors.Keys);
        Assert.Contains("kestor-vahl", features.Actors.Keys);
    }

    [Fact]
    public void AHeadlineAloneOrWithOneSentenceIsShortAndABodyRepeatingTheHeadlineIsNone()
    {
        var repeated = Extract("Velmora ferry crews walk out over pay", "Velmora ferry crews walk out over pay");
        var alone = Extract("Velmora ferry crews walk out over pay");
        var withSentence = Extract("Velmora ferry crews walk out over pay", "Crews on all six Velmora ferry routes stopped work at dawn, their union said.");
        var article = Extract("Velmora ferry crews walk out over pay",
            "Crews on all six Velmora ferry routes stopped work at dawn, their union said.",
            "The operator said talks would resume on Thursday.");

        Assert.True(repeated.Short);
        Assert.Equal(alone.Terms, repeated.Terms);
        Assert.True(withSentence.Short);
        Assert.False(article.Short);
    }

    [Fact]
    public void NumbersDropSeparatorsAndYearsAreNotNumbers()
    {
        var features = Extract("Quake", "The quake in 2019 destroyed 1,250 homes and left 46 dead, the 2017 report said.");

        Assert.Contains("1250", features.Numbers.Keys);
        Assert.Contains("46", features.Numbers.Keys);
        Assert.DoesNotContain("2019", features.Numbers.Keys);
        Assert.Equal(2019, features.EventYear);
    }

    [Fact]
    public void YearsAfterPublicationAreNotTheEventYear()
    {
        var features = Extractor.Extract(StoryFixtures.Article("a", "Plan", "2021-05-01T10:00Z", "Coastal Wire",
            "The plan, announced in 2020, runs until 2030."));

        Assert.Equal(2020, features.EventYear);
    }

    [Fact]
    public void HeadlineNamesWeighMoreThanBodyTerms()
    {
        var features = Extract("Harbour collapse", "The river rose.");

        Assert.True(features.Terms["harbour"] > features.Terms["river"]);
    }
}
