using System.Text.Json;
using System.Text.Json.Serialization;

namespace Triangulate.Facts;

/// <summary>
/// How likely the source the finder names for a whole attribution is the one a reader would name: a logistic model over
/// the way the source was found (before the cue, after it, the sentence's subject, a colon's speaker), the cue word, the
/// kind of phrase named (a pronoun, a name, a speaker noun), how far it stands from the cue and what the attribution
/// reports. A source less likely than <see cref="Threshold"/> is left unnamed. Weights come from attributions found in
/// annotated news the cue model did not see (PolNeAR's training split, by inner cross-validation) and are stored in
/// attribution-sources.json.
/// </summary>
public sealed class AttributionSourceModel
{
    private const int MinimumFeatureCount = 5;
    private const int Epochs = 4;
    private const double LearningRate = 0.1;

    [JsonInclude] public double Threshold { get; private set; }

    [JsonInclude] public Dictionary<string, double> Weights { get; private set; } = [];

    private static readonly Lazy<AttributionSourceModel> Embedded = new(() =>
    {
        using var stream = typeof(AttributionSourceModel).Assembly.GetManifestResourceStream("Triangulate.Facts.attribution-sources.json")
            ?? throw new InvalidOperationException("attribution-sources.json is not embedded in the library");
        return JsonSerializer.Deserialize<AttributionSourceModel>(stream)!;
    });

    /// <summary>The model fitted on PolNeAR's training split, shipped with the library.</summary>
    public static AttributionSourceModel Default => Embedded.Value;

    /// <summary>A model that keeps every source the finder names.</summary>
    public static AttributionSourceModel KeepingAll { get; } = new();

    public double Probability(string[] features) => SparseLogisticRegression.Probability(Weights, features);

    public bool Keeps(string[] features) => Probability(features) >= Threshold;

    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>
    /// Fits the weights on found sources marked right or wrong, then the threshold that gives the best source F1 when
    /// each fold of <paramref name="folds"/> is scored by weights fitted on the others.
    /// </summary>
    /// <param name="folds">Per fold: its found sources (features, and whether the source is right), and how many annotated attributions of its documents name a source.</param>
    public static AttributionSourceModel Fit(IReadOnlyList<(IReadOnlyList<(string[] Features, bool Right)> Found, int AnnotatedSources)> folds)
    {
        var scored = new List<(double Probability, bool Right)>();
        for (var fold = 0; fold < folds.Count; fold++)
        {
            var model = new AttributionSourceModel { Weights = FitWeights(folds.Where((_, i) => i != fold)) };
            scored.AddRange(folds[fold].Found.Select(found => (model.Probability(found.Features), found.Right)));
        }
        var threshold = SparseLogisticRegression.BestThreshold(scored, folds.Sum(fold => fold.AnnotatedSources), first: 0, last: 0.6, step: 0.02, fallback: 0);
        return new AttributionSourceModel { Weights = FitWeights(folds), Threshold = threshold };
    }

    private static Dictionary<string, double> FitWeights(IEnumerable<(IReadOnlyList<(string[] Features, bool Right)> Found, int AnnotatedSources)> folds) =>
        SparseLogisticRegression.Fit(folds.SelectMany(fold => fold.Found).ToList(), MinimumFeatureCount, Epochs, LearningRate);
}
