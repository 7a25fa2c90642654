namespace Triangulate.Facts;

/// <summary>
/// Finds the government bodies of a place written in lower case, as outlets refer to them once the place is clear:
/// "the territory's health ministry", "the health ministry in Hamas-controlled Gaza", "Gaza's interior ministry". The
/// mention is named after its place ("Gaza health ministry") so that it meets the capitalised name ("Gaza Strip Health
/// Ministry") under one place; a place referred to as "the territory" or "the country" is the last place named before
/// it in the sentence or the one before.
/// </summary>
internal static class PlaceBodyFinder
{
    private const string Rule = "body of a place";

    private static readonly HashSet<string> Fields =
    [
        "health", "interior", "foreign", "defence", "defense", "finance", "justice", "education", "information",
        "economy", "agriculture", "energy", "transport", "culture",
    ];

    private static readonly HashSet<string> PlaceReferences = ["territory's", "country's", "enclave's", "strip's", "kingdom's", "republic's", "state's"];

    public static IEnumerable<ActorMention> Find(string text, IReadOnlyList<WordToken> tokens, Gazetteer gazetteer)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Lower != "ministry" || tokens[i].Capitalised || tokens[i - 1].Capitalised || !Fields.Contains(tokens[i - 1].Lower))
                continue;
            if (Owner(text, tokens, i - 1, i, gazetteer) is not { } owner)
                continue;
            var body = text[tokens[i - 1].Start..tokens[i].End];
            yield return new ActorMention(tokens[i - 1].Start, tokens[i].End, $"{owner.Place} {body}", ActorType.Organisation, Rule, owner.Descriptor);
        }
    }

    /// <summary>The place that owns the body: a possessive before it, or "in" and a place after it (past a modifier
    /// such as "Hamas-controlled" or "flood-hit").</summary>
    private static (string Place, string Descriptor)? Owner(string text, IReadOnlyList<WordToken> tokens, int first, int last, Gazetteer gazetteer)
    {
        var before = first - 1;
        if (before >= 0 && tokens[before].Lower.EndsWith("'s", StringComparison.Ordinal) || before >= 0 && tokens[before].Lower.EndsWith("’s", StringComparison.Ordinal))
        {
            var word = text[tokens[before].Start..(tokens[before].End - 2)];
            if (gazetteer.Find(word) is not null)
                return (word, text[tokens[before].Start..tokens[before].End]);
            if (before >= 1 && tokens[before - 1].Lower == "the" && PlaceReferences.Contains(tokens[before].Lower.Replace('’', '\'')))
                return PlaceBefore(text, tokens, before - 1, gazetteer) is { } referred ? (referred, text[tokens[before - 1].Start..tokens[before].End]) : null;
            return null;
        }
        if (before >= 0 && tokens[before].Lower == "the" && last + 1 < tokens.Count && tokens[last + 1].Lower == "in")
        {
            for (var j = last + 2; j < tokens.Count && j <= last + 4 && (tokens[j].Capitalised || tokens[j].Lower.Contains('-')); j++)
            {
                var word = text[tokens[j].Start..tokens[j].End];
                if (gazetteer.Find(word) is not null)
                    return (word, text[tokens[last + 1].Start..tokens[j].End]);
            }
        }
        return null;
    }

    /// <summary>The last place named before a token, in its sentence or the sentence before.</summary>
    private static string? PlaceBefore(string text, IReadOnlyList<WordToken> tokens, int index, Gazetteer gazetteer)
    {
        var sentenceEnds = 0;
        for (var j = index - 1; j >= 0 && sentenceEnds < 2; j--)
        {
            if (tokens[j].Lower is "." or "!" or "?")
                sentenceEnds++;
            else if (tokens[j].Capitalised && gazetteer.Find(text.AsSpan(tokens[j].Start, tokens[j].End - tokens[j].Start)) is { Kind: not "demonym" })
                return text[tokens[j].Start..tokens[j].End];
        }
        return null;
    }
}
