using System.Reflection;
using System.Text.Json;
using Triangulate.Text;

namespace Triangulate.Reuse;

/// <summary>
/// Decides whether two sentences say the same thing: logistic regression over standardized <see cref="ParaphraseFeatures"/>,
/// with a decision threshold chosen by cross-validation. Fitted by ParaphraseModelFitter (Triangulate.Evaluation); the fitted model
/// ships inside the library (<see cref="Default"/>).
/// </summary>
/// <param name="Features">The feature names the weights were fitted on, in order (checked against <see cref="ParaphraseFeatures.Names"/>).</param>
/// <param name="Means">Each feature's training mean.</param>
/// <param name="Scales">Each feature's training standard deviation.</param>
/// <param name="Weights">Each standardized feature's weight.</param>
/// <param name="Bias">The intercept.</param>
/// <param name="Threshold">Pairs whose probability reaches this are paraphrases.</param>
/// <param name="Words">The word weights the features use.</param>
public sealed record ParaphraseModel(
    IReadOnlyList<string> Features,
    IReadOnlyList<double> Means,
    IReadOnlyList<double> Scales,
    IReadOnlyList<double> Weights,
    double Bias,
    double Threshold,
    WordWeights Words)
{
    private const string ResourceName = "Triangulate.Reuse.paraphrase-model.json";

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static readonly Lazy<ParaphraseModel> Embedded = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    });

    /// <summary>The model fitted on the MSRP training pairs, embedded in the library.</summary>
    public static ParaphraseModel Default => Embedded.Value;

    /// <summary>Reads a model written by <see cref="ToJson"/>; throws <see cref="InvalidDataException"/> if it does not fit the current features.</summary>
    public static ParaphraseModel FromJson(string json)
    {
        var model = JsonSerializer.Deserialize<ParaphraseModel>(json, JsonOptions)
            ?? throw new InvalidDataException("The paraphrase model is empty.");
        var count = ParaphraseFeatures.Names.Count;
        if (!model.Features.SequenceEqual(ParaphraseFeatures.Names) || model.Means.Count != count
            || model.Scales.Count != count || model.Weights.Count != count || model.Words?.Weights is null)
        {
            throw new InvalidDataException("The paraphrase model was fitted on other features; refit it.");
        }

        return model;
    }

    /// <summary>The model as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>The probability that <paramref name="first"/> and <paramref name="second"/> are paraphrases.</summary>
    public double Probability(string first, string second) =>
        Probability(TextProfiler.Profile(first), TextProfiler.Profile(second));

    /// <summary>The probability that two profiled sentences are paraphrases.</summary>
    public double Probability(TextProfile first, TextProfile second) =>
        ProbabilityOf(ParaphraseFeatures.Compute(first, second, Words));

    /// <summary>Whether <paramref name="first"/> and <paramref name="second"/> are paraphrases.</summary>
    public bool IsParaphrase(string first, string second) => Probability(first, second) >= Threshold;

    /// <summary>Whether two profiled sentences are paraphrases.</summary>
    public bool IsParaphrase(TextProfile first, TextProfile second) => Probability(first, second) >= Threshold;

    /// <summary>The probability for a feature vector computed with <see cref="Words"/>.</summary>
    internal double ProbabilityOf(IReadOnlyList<double> features)
    {
        var score = Bias;
        for (var i = 0; i < Weights.Count; i++)
        {
            score += Weights[i] * (features[i] - Means[i]) / Scales[i];
        }

        return 1 / (1 + Math.Exp(-score));
    }
}
