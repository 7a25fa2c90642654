namespace Triangulate.Text;

/// <summary>
/// What a function makes of a word, remembered per thread: news vocabulary is Zipfian, so almost every word was met
/// before, and a lookup by the word's characters costs neither the work nor a string. Each thread's memo is emptied when
/// it holds <paramref name="capacity"/> words, which bounds it on an endless stream of rare tokens.
/// </summary>
public sealed class WordMemo<T>(WordMemo<T>.Maker make, int capacity)
{
    public delegate T Maker(ReadOnlySpan<char> word);

    private readonly ThreadLocal<Dictionary<string, T>> _memo = new(() => new(StringComparer.Ordinal));

    public T Of(ReadOnlySpan<char> word)
    {
        var memo = _memo.Value!;
        var lookup = memo.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var known))
            return known;
        if (memo.Count >= capacity)
            memo.Clear();
        var made = make(word);
        lookup[word] = made;
        return made;
    }
}
