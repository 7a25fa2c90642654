namespace Triangulate.Stories;

/// <summary>Document frequencies of keys (terms, actors or numbers), maintained as articles arrive.</summary>
internal sealed class DocumentFrequencies
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

    public int Documents { get; private set; }

    public void Observe(IEnumerable<string> keys)
    {
        Documents++;
        foreach (var key in keys)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
    }

    /// <summary>Smoothed inverse document frequency, positive even for a key in every document.</summary>
    public double Idf(string key) => Math.Log(1 + (Documents + 1.0) / (counts.GetValueOrDefault(key) + 1.0));
}
