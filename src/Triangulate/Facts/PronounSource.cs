namespace Triangulate.Facts;

/// <summary>
/// Names the source a pronoun stands for ("It said", "who told AFP"): the last actor named before it of a kind the
/// pronoun can stand for ("he", "she" and "who" a person; "it", "they" and "which" a body or group).
/// </summary>
public static class PronounSource
{
    /// <param name="mentions">The text's actor mentions, in text order.</param>
    public static string Resolve(string source, int start, IReadOnlyList<ActorMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(mentions);
        Func<ActorType, bool>? fits = source.ToLowerInvariant() switch
        {
            "he" or "she" => type => type == ActorType.Person,
            "who" => type => type is not ActorType.Place,
            "it" or "they" or "which" or "we" => type => type is ActorType.Organisation or ActorType.ArmedGroup or ActorType.GovernmentBody or ActorType.Unknown,
            _ => null,
        };
        if (fits is null)
            return source;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            if (mentions[i].End <= start && fits(mentions[i].Type))
                return mentions[i].Text;
        }
        return source;
    }
}
