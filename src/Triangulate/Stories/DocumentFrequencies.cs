namespace Triangulate.Stories;

/// <summary>
/// Document frequencies of keys (terms, actors or numbers), maintained as articles arrive. Each key is numbered on first
/// sight, so the clusterer's vectors and lookups work on ints; an IDF is computed once per key and document count.
/// A key that no active story's member holds any more is forgotten and its number reused, so the table follows the
/// vocabulary of the active stories rather than of the whole stream (a forgotten key that comes back counts afresh).
/// </summary>
internal sealed class DocumentFrequencies
{
    private const int InitialCapacity = 1024;

    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Stack<int> freeIds = new();
    private string?[] keys = new string?[InitialCapacity];
    private int[] counts = new int[InitialCapacity];
    private int[] holders = new int[InitialCapacity];
    private (double Idf, int Documents)[] idfs = new (double Idf, int Documents)[InitialCapacity];
    private readonly IReadOnlyDictionary<string, int> prior;
    private int numbered;

    /// <param name="prior">Documents counted before this table (a stored corpus): each key starts from its count there.</param>
    public DocumentFrequencies(int priorDocuments = 0, IReadOnlyDictionary<string, int>? prior = null)
    {
        Documents = priorDocuments;
        this.prior = prior ?? new Dictionary<string, int>();
    }

    public int Documents { get; private set; }

    /// <summary>The number of a key, assigned on first sight.</summary>
    public int Id(string key)
    {
        if (ids.TryGetValue(key, out var id))
        {
            return id;
        }
        if (!freeIds.TryPop(out id))
        {
            id = numbered++;
            if (id == keys.Length)
            {
                Array.Resize(ref keys, id * 2);
                Array.Resize(ref counts, id * 2);
                Array.Resize(ref holders, id * 2);
                Array.Resize(ref idfs, id * 2);
            }
        }
        ids.Add(key, id);
        keys[id] = key;
        counts[id] = prior.GetValueOrDefault(key);
        holders[id] = 0;
        idfs[id] = (0, -1);
        return id;
    }

    public string Key(int id) => keys[id]!;

    /// <summary>Counts one document holding each of <paramref name="documentKeys"/> (distinct ids).</summary>
    public void Observe(int[] documentKeys)
    {
        Documents++;
        foreach (var id in documentKeys)
        {
            counts[id]++;
        }
    }

    /// <summary>Notes that a member holds these keys: they are remembered until it is <see cref="Release"/>d.</summary>
    public void Hold(int[] memberKeys)
    {
        foreach (var id in memberKeys)
        {
            holders[id]++;
        }
    }

    /// <summary>Notes that a member's story retired; keys no member holds any more are forgotten.</summary>
    public void Release(int[] memberKeys)
    {
        foreach (var id in memberKeys)
        {
            if (--holders[id] == 0)
            {
                ids.Remove(keys[id]!);
                keys[id] = null;
                freeIds.Push(id);
            }
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
}
