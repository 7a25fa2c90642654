using System.Collections.Concurrent;

namespace Triangulate.Text;

/// <summary>
/// Porter2 stems of the words seen so far: news vocabulary is Zipfian, so almost every word has been stemmed before,
/// and a lookup costs a small fraction of stemming again. Bounded: past <see cref="Capacity"/> words new ones are
/// stemmed but not kept, so a stream of rare tokens cannot grow it without end.
/// </summary>
public static class StemCache
{
    public const int Capacity = 500_000;

    private static readonly ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock of the dictionary, so the words kept are counted apart.
    private static int kept;

    public static string Stem(string word)
    {
        if (Stems.TryGetValue(word, out var stem))
            return stem;
        stem = PorterStemmer.Stem(word);
        if (Volatile.Read(ref kept) < Capacity && Stems.TryAdd(word, stem))
            Interlocked.Increment(ref kept);
        return stem;
    }
}
