namespace Triangulate.Text;

/// <summary>
/// The lower-case form of a word as one shared string per thread: news vocabulary repeats, so tokenizing an article
/// allocates a string only for a word this thread has not met. The pool is emptied when it grows past
/// <see cref="Capacity"/>, which bounds it on an endless stream of rare tokens.
/// </summary>
public static class LowerCaseForms
{
    public const int Capacity = 100_000;

    private const int LongestPooled = 48;

    [ThreadStatic]
    private static Dictionary<string, string>? pool;

    public static string Of(ReadOnlySpan<char> word)
    {
        if (word.Length > LongestPooled)
            return word.ToString().ToLowerInvariant();
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        var forms = pool ??= new(StringComparer.Ordinal);
        var lookup = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(lower, out var form))
            return form;
        if (forms.Count >= Capacity)
            forms.Clear();
        form = new string(lower);
        forms[form] = form;
        return form;
    }
}
