namespace Triangulate.Evaluation;

/// <summary>The share of gold values (those present and non-empty) that a prediction matches after whitespace normalisation.</summary>
public sealed class MatchRate
{
    private int total;
    private int matched;

    public double Rate => total == 0 ? 0 : (double)matched / total;

    public void Add(string? expected, string? predicted)
    {
        var gold = Normalise(expected);
        if (gold.Length == 0)
        {
            return;
        }
        total++;
        if (gold == Normalise(predicted))
        {
            matched++;
        }
    }

    private static string Normalise(string? value) =>
        value is null ? "" : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
