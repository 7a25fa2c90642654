using Triangulate.Facts;
using Triangulate.Text;

namespace Triangulate.Events;

/// <summary>What the finders found in one sentence, which the events read from it share.</summary>
/// <param name="First">The sentence's first token in <paramref name="Tokens"/> (the whole article's).</param>
/// <param name="Last">Its last token.</param>
internal sealed record SentenceContext(
    ArticleText Article,
    Sentence Sentence,
    IReadOnlyList<WordToken> Tokens,
    int First,
    int Last,
    IReadOnlyList<ActorMention> Mentions,
    IReadOnlyList<Attribution> Attributions,
    IReadOnlyList<TimeExpression> Times,
    IReadOnlyList<(int First, int Last, Gazetteer.Entry Entry)> Places)
{
    private const int PlaceReach = 150;

    /// <summary>True inside an attribution's source or channel: "sources from Hamas" say, they do not meet.</summary>
    public bool InSource(int offset)
    {
        for (var i = 0; i < Attributions.Count; i++)
        {
            var a = Attributions[i];
            if (a.Source is { } source && source.Start <= offset && offset < source.End
                || a.Channel is { } channel && channel.Start <= offset && offset < channel.End)
                return true;
        }
        return false;
    }

    /// <summary>The located place nearest to the offset, within <see cref="PlaceReach"/> characters: a place further off locates something else.</summary>
    public EventPlace? PlaceNear(int offset)
    {
        var near = Places.Where(place => Math.Abs(Tokens[place.First].Start - offset) <= PlaceReach && !PlaceOfAHappening(place.First)
            && Belongs(Tokens[place.First].Start, Tokens[place.Last].End, offset)).ToList();
        if (near.Count == 0)
            return null;
        var (first, last, entry) = near.MinBy(place => Math.Abs(Tokens[place.First].Start - offset));
        return new EventPlace(entry.Place, entry.Country, entry.Latitude, entry.Longitude, Article.Evidence(Tokens[first].Start, Tokens[last].End));
    }

    /// <summary>
    /// The time nearest to the offset, preferring one outside every attribution's frame ("sources said on Friday" dates
    /// the report, not the event); a time found only in a frame is marked as the report's. With <paramref name="own"/>
    /// the event is the report itself, so every time counts as its own.
    /// </summary>
    public EventTime? TimeOf(int offset, bool own)
    {
        var candidates = Times.Select(time => (Time: time, Reported: !own && InFrame(time.Start, offset)))
            .Where(c => c.Reported || Belongs(c.Time.Start, c.Time.End, offset)).ToList();
        if (candidates.Count == 0)
            return null;
        var (chosen, reported) = candidates.OrderBy(c => c.Reported).ThenBy(c => Math.Abs(c.Time.Start - offset)).First();
        var interval = chosen.Interval;
        return new EventTime(chosen.Value, interval?.First, interval?.Last, Precision(chosen.Value), reported, Article.Evidence(chosen.Start, chosen.End));
    }

    /// <summary>Nouns of a happening that the lexicon does not make an event of its own; a place after them is theirs.</summary>
    private static readonly HashSet<string> Happenings = ["war", "conflict", "crisis", "fighting", "ceasefire", "truce", "offensive", "campaign", "operations", "violence"];

    /// <summary>"the next stage of the war in Gaza": the place where the war is, not where the sentence's event took place.</summary>
    private bool PlaceOfAHappening(int place)
    {
        var i = place - 1;
        while (i > First && Tokens[i].IsWord && !Tokens[i].Capitalised && Tokens[i].Lower is not ("in" or "on" or "at" or "across"))
            i--;
        return i > First && Tokens[i].Lower is "in" or "on" or "at" or "across" && Happenings.Contains(Tokens[i - 1].Lower);
    }

    private Dictionary<int, EventType>? _triggers;

    /// <summary>The event a token names: a word the <see cref="EventLexicon"/> knows, not part of a name nor of who says so.</summary>
    public EventType? TriggerAt(int i) => Triggers.TryGetValue(i, out var type) ? type : null;

    /// <summary>The tokens of the sentence that name events, read once: the finders ask about each token several times.</summary>
    private Dictionary<int, EventType> Triggers => _triggers ??= ReadTriggers();

    private Dictionary<int, EventType> ReadTriggers()
    {
        var triggers = new Dictionary<int, EventType>();
        for (var i = First; i <= Last; i++)
        {
            var token = Tokens[i];
            if (!token.IsWord || token.Capitalised && i > First || InSource(token.Start) || EventLexicon.NamesParticipant(token.Lower))
                continue;
            if (i < Last && EventLexicon.StartsPair(token.Lower, Tokens[i + 1].Lower))
                continue;
            if (EventLexicon.At(Tokens, i, First, Last) is { } type)
                triggers[i] = type;
        }
        return triggers;
    }

    /// <summary>
    /// Whether a place or time (from <paramref name="start"/> to <paramref name="end"/>) can be the one of the event told
    /// at <paramref name="offset"/>: no other event word stands between them ("discussed the next stage of the war in
    /// Gaza": Gaza is where the war is), and it does not qualify another event word right after it ("the October 7 attack").
    /// Words of the event's own type and words of saying do not count.
    /// </summary>
    private bool Belongs(int start, int end, int offset)
    {
        var own = Triggers.Where(t => Tokens[t.Key].Start == offset).Select(t => t.Value).FirstOrDefault();
        foreach (var (trigger, type) in Triggers)
        {
            var at = Tokens[trigger].Start;
            // "hosted talks in June" names one event twice; "saying it was in Lebanon" tells where, it is not where.
            if (at == offset || type == own || type == EventTypes.Statement)
                continue;
            if (at > Math.Min(offset, start) && at < Math.Max(offset, end) || at >= end && Qualifies(end, trigger))
                return false;
        }
        return true;
    }

    /// <summary>Only content words, two at most, between the end of a phrase and an event word: "October 7 terrorist attack", not "last week to discuss".</summary>
    private bool Qualifies(int end, int trigger)
    {
        var between = 0;
        for (var i = trigger - 1; i >= First && Tokens[i].Start >= end; i--)
        {
            if (!Tokens[i].IsWord || StopWords.Contains(Tokens[i].Lower) || ++between > 2)
                return false;
        }
        return true;
    }

    /// <summary>Inside the words that report the event: the source and cue, up to the content; when the report trails the event's clause ("..., sources told AFP on Friday"), to the sentence's end.</summary>
    private bool InFrame(int offset, int trigger) => Attributions.Any(a =>
    {
        var start = Math.Min(a.Source?.Start ?? a.Cue.Start, a.Cue.Start);
        var end = Math.Max(a.Source?.End ?? a.Cue.End, a.Cue.End);
        if (start > trigger)
            end = Sentence.End;
        else if (a.Content is { } content && content.Start >= a.Cue.End)
            end = Math.Max(end, content.Start);
        else if (a.Content is { } before && before.End <= a.Cue.Start)
            end = Sentence.End;
        return start <= offset && offset < end;
    });

    private static string Precision(string value) => value switch
    {
        { Length: 4 } => "year",
        { Length: 7 } when value[5] == 'Q' => "quarter",
        { Length: 7 } => "month",
        { Length: 8 } when value[5] == 'W' => "week",
        _ => "day",
    };
}
