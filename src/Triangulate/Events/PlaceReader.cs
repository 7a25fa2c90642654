using Triangulate.Facts;

namespace Triangulate.Events;

/// <summary>
/// Finds the places a sentence locates something in: a gazetteer name after a locative word ("in Lebanon", "toward
/// the Red Sea", "at an undisclosed location in Lebanon"). A possessive place ("Yemen's Houthis") describes an actor
/// and is not a location.
/// </summary>
public static class PlaceReader
{
    private const int MaximumNameTokens = 5;
    private const int MaximumGap = 4;

    private static readonly HashSet<string> Locatives = ["in", "at", "near", "into", "toward", "towards", "across", "off", "outside", "inside", "to", "from", "over", "around", "on"];

    /// <summary>The located places, by token range in <paramref name="tokens"/>.</summary>
    public static IReadOnlyList<(int First, int Last, Gazetteer.Entry Entry)> Find(string text, IReadOnlyList<WordToken> tokens, int first, int last, Gazetteer gazetteer)
    {
        var found = new List<(int, int, Gazetteer.Entry)>();
        for (var i = first; i <= last; i++)
        {
            if (!tokens[i].Capitalised)
                continue;
            for (var length = Math.Min(MaximumNameTokens, last - i + 1); length >= 1; length--)
            {
                var end = i + length - 1;
                if (tokens[end].Lower.EndsWith("'s", StringComparison.Ordinal) || tokens[end].Lower.EndsWith("’s", StringComparison.Ordinal))
                    continue;
                if (gazetteer.Find(text.AsSpan(tokens[i].Start, tokens[end].End - tokens[i].Start)) is not { Kind: not "demonym" } entry || !AfterLocative(tokens, first, i))
                    continue;
                found.Add((i, end, entry));
                i = end;
                break;
            }
        }
        return found;
    }

    /// <summary>A locative word within a few words before the name, with only articles and adjectives between: "in southern Lebanon", "toward the Red Sea".</summary>
    private static bool AfterLocative(IReadOnlyList<WordToken> tokens, int first, int name)
    {
        for (var i = name - 1; i >= first && name - i <= MaximumGap; i--)
        {
            if (Locatives.Contains(tokens[i].Lower))
                return true;
            if (!tokens[i].IsWord)
                return false;
        }
        return false;
    }
}
