using System.Globalization;
using System.Text;

namespace Triangulate.Facts;

/// <summary>The comparable forms of names: folded keys, initials and consonant skeletons.</summary>
internal static class ActorNames
{
    private const int CachedKeys = 50_000;

    // Names repeat across a corpus (every mention of an actor asks for its key), so each thread keeps the keys it made;
    // emptied when full, which bounds it on an endless stream.
    [ThreadStatic]
    private static Dictionary<string, string>? keys;

    /// <summary>Lower case, no diacritics, straight apostrophes, hyphens as spaces, no leading "the": "Al-Manar" → "al manar".</summary>
    public static string Key(string name)
    {
        var cache = keys ??= new(StringComparer.Ordinal);
        if (cache.TryGetValue(name, out var key))
            return key;
        if (cache.Count >= CachedKeys)
            cache.Clear();
        return cache[name] = Fold(name);
    }

    private static string Fold(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '.' or '’' or '\'')
                continue;
            builder.Append(c is '-' ? ' ' : char.ToLowerInvariant(c));
        }
        var key = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    /// <summary>The initials of a name's capitalised words, connectors left out, in lower case: "Marxist Popular Front for the Liberation of Palestine" → mpflp.</summary>
    public static string Initials(string name)
    {
        var connectors = ActorLexicon.Connectors.GetAlternateLookup<ReadOnlySpan<char>>();
        var initials = new StringBuilder();
        foreach (var range in name.AsSpan().SplitAny(' ', '-'))
        {
            var word = name.AsSpan()[range];
            if (word.Length > 0 && char.IsUpper(word[0]) && !connectors.Contains(word))
                initials.Append(char.ToLowerInvariant(word[0]));
        }
        return initials.ToString();
    }

    /// <summary>
    /// The consonant skeleton of a key, per word, after dropping Arabic articles and a plural s, and folding doubled
    /// letters: Hezbollah and Hizbullah are both "hzblh", Houthis and Huthis both "hth".
    /// </summary>
    public static string Skeleton(string key)
    {
        var words = key.Split(' ').Where(word => word is not ("al" or "el")).Select(Singular);
        return string.Join(' ', words.Select(WordSkeleton));
    }

    public static string Singular(string word) => word.Length >= 5 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;

    private static string WordSkeleton(string word)
    {
        var builder = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (i > 0 && "aeiouy".Contains(c))
                continue;
            if (builder.Length > 0 && builder[^1] == c)
                continue;
            builder.Append(c);
        }
        return builder.ToString();
    }

    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
