using Triangulate.Facts;
using Triangulate.Text;

namespace Triangulate.Events;

/// <summary>
/// The features an event snippet is classified by: its word stems and stem pairs, and the event types the
/// <see cref="EventLexicon"/> reads in it ("lex:air strike"), each counted once.
/// </summary>
public static class EventTypeFeatures
{
    public static IReadOnlyList<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = WordTokens.Of(text);
        var features = new HashSet<string>(StringComparer.Ordinal);
        var previous = "";
        var previousLower = "";
        foreach (var token in tokens)
        {
            if (!token.IsWord)
            {
                previous = "";
                previousLower = "";
                continue;
            }
            var stem = char.IsDigit(token.Lower[0]) ? "#num" : StemCache.Stem(token.Lower);
            features.Add(stem);
            if (previous.Length > 0)
                features.Add(previous + " " + stem);
            if (EventLexicon.Find(previousLower, token.Lower) is { } type)
                features.Add("lex:" + type.Name);
            previous = stem;
            previousLower = token.Lower;
        }
        return features.ToList();
    }
}
