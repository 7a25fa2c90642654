namespace Triangulate.Stories;

/// <summary>
/// Document frequencies of keys (terms, actors or numbers), maintained as articles arrive. Each key is numbered on first
/// sight, so the clusterer's vectors and lookups work on ints; an IDF is computed once per key and document count.
/// </summary>
internal sealed class DocumentFrequencies
{
    private const int InitialCapacity = 1024;

    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> keys = [];
    private int[] counts = new int[InitialCapacity];
    private (double Idf, int Documents)[] idfs = NewIdfs(InitialCapacity);

    public int Documents { get; private set; }

    /// <summary>The number of a key, assigned on first sight.</summary>
    public int Id(string key)
    {
        if (!ids.TryGetValue(key, out var id))
        {
            id = keys.Count;
            ids.Add(key, id);
            keys.Add(key);
            if (id == counts.Length)
            {
                Array.Resize(ref counts, id * 2);
                var grown = NewIdfs(id * 2);
                idfs.CopyTo(grown, 0);
                idfs = grown;
            }
        }
        return id;
    }

    public string Key(int id) => keys[id];

    /// <summary>Counts one document holding each of <paramref name="documentKeys"/> (distinct ids).</summary>
    public void Observe(int[] documentKeys)
    {
        Documents++;
        foreach (var id in documentKeys)
        {
            counts[id]++;
        }
    }

    /// <summary>Smoothed inverse document frequency, positive even for a key in every document.</summary>
    public double Idf(int id)
    {
        ref var cached = ref idfs[id];
        if (cached.Documents != Documents)
        {
            cached = (Math.Log(1 + (Documents + 1.0) / (counts[id] + 1.0)), Documents);
        }
        return cached.Idf;
    }

    private static (double Idf, int Documents)[] NewIdfs(int length)
    {
        var idfs = new (double Idf, int Documents)[length];
        Array.Fill(idfs, (0, -1));
        return idfs;
    }
}
