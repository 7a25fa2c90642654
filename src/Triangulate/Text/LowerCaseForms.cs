namespace Triangulate.Text;

/// <summary>
/// The lower-case form of a word as one shared string per thread (<see cref="WordMemo{T}"/>): tokenizing an article
/// allocates a string only for a word this thread has not met.
/// </summary>
public static class LowerCaseForms
{
    public const int Capacity = 100_000;

    private const int LongestPooled = 48;

    private static readonly WordMemo<string> Forms = new(lower => new string(lower), Capacity);

    /// <summary>The word in lower case, one string for the word in any case.</summary>
    public static string Of(ReadOnlySpan<char> word)
    {
        if (word.Length > LongestPooled)
            return word.ToString().ToLowerInvariant();
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return Forms.Of(lower);
    }
}
