using Triangulate.Evaluation;
using Triangulate.Reuse;

namespace Triangulate.Tests.Reuse;

public class ParaphraseModelFitterTest
{
    private static readonly string[] Towns = ["Varnholt", "Ostremark", "Lindau", "Kessel", "Morrow", "Tallin", "Brask", "Orvik", "Selm", "Dunmore"];

    // Positives restate the same report; negatives pair it with a different event in another town.
    private static List<ParaphrasePair> SyntheticPairs()
    {
        var pairs = new List<ParaphrasePair>();
        for (var i = 0; i < Towns.Length; i++)
        {
            var town = Towns[i];
            var other = Towns[(i + 3) % Towns.Length];
            var count = 100 + 37 * i;
            pairs.Add(new ParaphrasePair($"p{i}", true, $"Police in {town} arrested {count} protesters on Sunday.", $"On Sunday, police arrested {count} protesters in {town}."));
            pairs.Add(new ParaphrasePair($"q{i}", true, $"The mayor of {town} opened a new bridge.", $"A new bridge was opened by the mayor of {town}."));
            pairs.Add(new ParaphrasePair($"n{i}", false, $"Police in {town} arrested {count} protesters on Sunday.", $"Storms cut power to {count + 5} homes across {other} overnight."));
            pairs.Add(new ParaphrasePair($"m{i}", false, $"The mayor of {town} opened a new bridge.", $"Farmers in {other} warned of a poor harvest after the drought."));
        }

        return pairs;
    }

    [Fact]
    public void LearnsToSeparateASeparableSet()
    {
        var pairs = SyntheticPairs();
        var model = ParaphraseModelFitter.Fit(pairs);
        Assert.All(pairs, pair => Assert.Equal(pair.IsParaphrase, model.IsParaphrase(pair.First, pair.Second)));
        Assert.True(model.Probability("Police in Selm arrested 12 protesters on Sunday.", "On Sunday, police arrested 12 protesters in Selm.") > 0.5);
    }

    [Fact]
    public void IsDeterministicAndRoundTripsThroughJson()
    {
        var pairs = SyntheticPairs();
        var first = ParaphraseModelFitter.Fit(pairs).ToJson();
        Assert.Equal(first, ParaphraseModelFitter.Fit(pairs).ToJson());
        Assert.Equal(first, ParaphraseModel.FromJson(first).ToJson());
    }

    [Fact]
    public void FitDirectoryLeavesOutDevPairs()
    {
        var directory = Directory.CreateTempSubdirectory("triangulate-fit-").FullName;
        try
        {
            var pairs = SyntheticPairs();
            var poisoned = pairs.Select(pair => pair.Id.StartsWith('q') ? pair with { IsParaphrase = false } : pair).ToList();
            File.WriteAllLines(Path.Combine(directory, "pairs.tsv"),
                ["id\tlabel\tsentence1\tsentence2", .. poisoned.Select(pair => $"{pair.Id}\t{(pair.IsParaphrase == true ? 1 : 0)}\t{pair.First}\t{pair.Second}")]);
            File.WriteAllLines(Path.Combine(directory, "dev_ids.txt"), poisoned.Where(pair => pair.Id.StartsWith('q')).Select(pair => pair.Id));
            var output = Path.Combine(directory, "model.json");

            var model = ParaphraseModelFitter.FitDirectory(directory, output);

            Assert.Equal(ParaphraseModelFitter.Fit(pairs.Where(pair => !pair.Id.StartsWith('q')).ToList()).ToJson(), model.ToJson());
            Assert.Equal(model.ToJson(), ParaphraseModel.FromJson(File.ReadAllText(output)).ToJson());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void RejectsAModelFittedOnOtherFeatures()
    {
        var json = ParaphraseModelFitter.Fit(SyntheticPairs()).ToJson().Replace("\"form_min\"", "\"retired_feature\"");
        Assert.Throws<InvalidDataException>(() => ParaphraseModel.FromJson(json));
    }
}
