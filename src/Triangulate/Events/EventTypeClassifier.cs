using System.Text.Json;

namespace Triangulate.Events;

/// <summary>
/// A linear classifier of event snippets into event-type labels (the CASE 2021 ACLED types): TF-IDF weighted
/// <see cref="EventTypeFeatures"/>, L2-normalised, scored against one weight vector a label.
/// </summary>
public sealed class EventTypeClassifier(IReadOnlyList<string> labels, IReadOnlyDictionary<string, int> vocabulary, double[] idf, double[][] weights, double[] bias)
{
    private static readonly Lazy<EventTypeClassifier> Embedded = new(() =>
    {
        using var stream = typeof(EventTypeClassifier).Assembly.GetManifestResourceStream("Triangulate.Events.event-types-model.json")
            ?? throw new InvalidOperationException("event-types-model.json is not embedded in the library");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    });

    /// <summary>The model fitted on the CASE 2021 half in ../shared/eval (<c>triangulate fit event-types</c>), shipped with the library.</summary>
    public static EventTypeClassifier Default => Embedded.Value;

    public IReadOnlyList<string> Labels => labels;

    public IReadOnlyDictionary<string, int> Vocabulary => vocabulary;

    public string Predict(string text)
    {
        var scores = Scores(Vector(text));
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
                best = c;
        }
        return labels[best];
    }

    /// <summary>The snippet as (feature index, TF-IDF weight) pairs of unit length; unknown features are left out.</summary>
    public (int Index, double Value)[] Vector(string text) => Vector(EventTypeFeatures.Of(text), vocabulary, idf);

    public static (int Index, double Value)[] Vector(IReadOnlyList<string> features, IReadOnlyDictionary<string, int> vocabulary, double[] idf)
    {
        var vector = features.Where(vocabulary.ContainsKey).Select(f => (Index: vocabulary[f], Value: idf[vocabulary[f]])).ToArray();
        var norm = Math.Sqrt(vector.Sum(v => v.Value * v.Value));
        return norm == 0 ? vector : vector.Select(v => (v.Index, v.Value / norm)).ToArray();
    }

    public double[] Scores((int Index, double Value)[] vector)
    {
        var scores = new double[labels.Count];
        for (var c = 0; c < labels.Count; c++)
        {
            var score = bias[c];
            foreach (var (index, value) in vector)
                score += weights[c][index] * value;
            scores[c] = score;
        }
        return scores;
    }

    public string ToJson() => JsonSerializer.Serialize(new Stored(labels, vocabulary.OrderBy(v => v.Value).Select(v => v.Key).ToList(), idf, weights, bias));

    public static EventTypeClassifier FromJson(string json)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json) ?? throw new InvalidDataException("not an event-type model");
        return new EventTypeClassifier(stored.Labels, stored.Features.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i), stored.Idf, stored.Weights, stored.Bias);
    }

    private sealed record Stored(IReadOnlyList<string> Labels, IReadOnlyList<string> Features, double[] Idf, double[][] Weights, double[] Bias);
}
