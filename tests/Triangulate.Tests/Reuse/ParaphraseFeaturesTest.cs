using Triangulate.Reuse;

namespace Triangulate.Tests.Reuse;

public class ParaphraseFeaturesTest
{
    private const string Original = "Flooding in Varnholt forced 3,200 residents from their homes on Tuesday, the regional governor said.";

    private static double Feature(double[] features, string name) => features[ParaphraseFeatures.Names.ToList().IndexOf(name)];

    private static double[] Compute(string first, string second) => ParaphraseFeatures.Compute(first, second, WordWeights.Uniform);

    [Fact]
    public void HasOneValuePerName() =>
        Assert.Equal(ParaphraseFeatures.Names.Count, Compute(Original, "Nothing alike.").Length);

    [Fact]
    public void IdenticalSentencesOverlapFully()
    {
        var features = Compute(Original, Original);
        foreach (var name in new[] { "form_min", "stem_f", "bigram_f", "trigram_f", "content_f", "lcs_min", "char_trigram_dice", "weighted_f", "identical" })
        {
            Assert.Equal(1.0, Feature(features, name), 9);
        }

        Assert.Equal(0, Feature(features, "unmatched_content_max"));
        Assert.Equal(0, Feature(features, "edit_distance"));
        Assert.Equal(1, Feature(features, "numbers_agree"));
    }

    [Fact]
    public void FeaturesAreSymmetric()
    {
        const string other = "The regional governor said about 3,200 people had to leave their homes in Varnholt because of floods.";
        Assert.Equal(Compute(Original, other), Compute(other, Original));
    }

    [Fact]
    public void DetectsNumberMismatch()
    {
        var features = Compute(Original, Original.Replace("3,200", "4,100"));
        Assert.Equal(2, Feature(features, "unmatched_numbers"));
        Assert.Equal(1, Feature(features, "numbers_disagree"));
        Assert.Equal(0, Feature(features, "numbers_agree"));
    }

    [Fact]
    public void EqualQuantitiesWrittenDifferentlyAgree()
    {
        var features = Compute("Donors pledged 1.5 mln euros for Varnholt.", "Donors pledged 1,500,000 euros for Varnholt.");
        Assert.Equal(0, Feature(features, "unmatched_numbers"));
        Assert.Equal(1, Feature(features, "numbers_agree"));
    }

    [Fact]
    public void DetectsNegationMismatch()
    {
        var features = Compute("The governor said the dam would hold.", "The governor said the dam would not hold.");
        Assert.Equal(1, Feature(features, "negation_mismatch"));
    }

    [Fact]
    public void CountsUnmatchedNamesAndAddedClauses()
    {
        var features = Compute(Original, Original.TrimEnd('.') + " and asked Brennmark for army engineers to rebuild the levee.");
        Assert.Equal(0, Feature(features, "unmatched_names_min"));
        Assert.Equal(1, Feature(features, "unmatched_names_max"));
        Assert.True(Feature(features, "unmatched_run_max") >= 5);
    }

    [Fact]
    public void HandlesEmptySentences()
    {
        var features = Compute("", "");
        Assert.All(features, value => Assert.False(double.IsNaN(value)));
    }
}
