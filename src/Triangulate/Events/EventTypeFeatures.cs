using Triangulate.Facts;
using Triangulate.Text;

namespace Triangulate.Events;

/// <summary>
/// The features an event snippet is classified by: its word stems and stem pairs, and the event types the
/// <see cref="EventLexicon"/> reads in it ("lex:air strike"), the <see cref="EventTypeCues"/> groups it names and each
/// pair of them ("cue:crowd control&amp;protest"), each counted once.
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
        var stems = new List<string>(tokens.Count);
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
            stems.Add(stem);
            if (previous.Length > 0)
                features.Add(previous + " " + stem);
            if (EventLexicon.Find(previousLower, token.Lower) is { } type)
                features.Add("lex:" + type.Name);
            previous = stem;
            previousLower = token.Lower;
        }
        var cues = EventTypeCues.Of(stems);
        for (var i = 0; i < cues.Count; i++)
        {
            features.Add("cue:" + cues[i]);
            for (var j = i + 1; j < cues.Count; j++)
                features.Add("cue:" + cues[i] + "&" + cues[j]);
        }
        return features.ToList();
    }
}
