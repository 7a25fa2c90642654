using Triangulate.Text;

namespace Triangulate.Reuse;

/// <summary>
/// Inverse document frequencies of word stems: how much a shared or missing word says about two sentences
/// ("Genentech" more than "shares"). Stems not listed weigh <see cref="Unknown"/>, the weight of the rarest listed stem.
/// </summary>
public sealed record WordWeights(IReadOnlyDictionary<string, double> Weights, double Unknown)
{
    /// <summary>Uniform weights: every word counts 1.</summary>
    public static WordWeights Uniform { get; } = new(new Dictionary<string, double>(), 1);

    /// <summary>The weight of a stem.</summary>
    public double Of(string stem) => Weights.TryGetValue(stem, out var weight) ? weight : Unknown;

    /// <summary>
    /// Inverse document frequencies, log(N / df), of the stems in <paramref name="sentences"/>,
    /// keeping the <paramref name="keep"/> most frequent (rarer stems weigh as much as the rarest kept).
    /// </summary>
    public static WordWeights Learn(IEnumerable<TextProfile> sentences, int keep)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        foreach (var sentence in sentences)
        {
            count++;
            foreach (var stem in sentence.Stems.Distinct(StringComparer.Ordinal))
            {
                frequencies[stem] = frequencies.GetValueOrDefault(stem) + 1;
            }
        }

        var kept = frequencies.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(keep).ToList();
        var weights = kept.ToDictionary(pair => pair.Key, pair => Math.Round(Math.Log((double)count / pair.Value), 4), StringComparer.Ordinal);
        var unknown = kept.Count == 0 ? 1 : Math.Round(Math.Log((double)count / kept[^1].Value), 4);
        return new WordWeights(weights, unknown);
    }
}
