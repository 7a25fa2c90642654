using Triangulate.Text;

namespace Triangulate.Facts;

/// <summary>
/// Finds actors by a name a person types: the whole of any name an actor goes by, or a surname or any run of words
/// of one ("Marren" finds "Ilse Marren", "River Workers" finds "Sarn River Workers' Union"). Case, diacritics and
/// punctuation do not matter. The actors that fit best are returned; an exact name beats a word of a longer one.
/// </summary>
public static class ActorNameMatch
{
    public static NameMatch Match(string query, IEnumerable<string> names)
    {
        var wanted = Words(query);
        if (wanted.Length == 0)
            return NameMatch.None;
        var best = NameMatch.None;
        foreach (var name in names)
        {
            var words = Words(name);
            if (words.AsSpan().SequenceEqual(wanted))
                return NameMatch.Exact;
            if (Contains(words, wanted))
                best = NameMatch.Words;
        }
        return best;
    }

    /// <summary>The actors whose names fit the query best, in their given order; empty when none fits at all.</summary>
    public static IReadOnlyList<Actor> Best(string query, IEnumerable<Actor> actors)
    {
        var scored = actors.Select(actor => (Actor: actor, Match: Match(query, actor.Aliases.Select(alias => alias.Name).Append(actor.Name)))).ToList();
        var top = scored.Count == 0 ? NameMatch.None : scored.Max(entry => entry.Match);
        return top == NameMatch.None ? [] : [.. scored.Where(entry => entry.Match == top).Select(entry => entry.Actor)];
    }

    private static string[] Words(string text)
    {
        var folded = TextNormalizer.Normalize(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }
        return [.. words];
    }

    private static bool Contains(string[] words, string[] wanted)
    {
        for (var start = 0; start + wanted.Length <= words.Length; start++)
        {
            if (words.AsSpan(start, wanted.Length).SequenceEqual(wanted))
                return true;
        }
        return false;
    }
}
