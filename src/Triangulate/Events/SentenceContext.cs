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
    private const int PlaceReach = 80;

    /// <summary>True inside an attribution's source or channel: "sources from Hamas" say, they do not meet.</summary>
    public bool InSource(int offset) => Attributions.Any(a =>
        a.Source is { } source && source.Start <= offset && offset < source.End
        || a.Channel is { } channel && channel.Start <= offset && offset < channel.End);

    /// <summary>The located place nearest to the offset, within <see cref="PlaceReach"/> characters: a place further off locates something else.</summary>
    public EventPlace? PlaceNear(int offset)
    {
        var near = Places.Where(place => Math.Abs(Tokens[place.First].Start - offset) <= PlaceReach).ToList();
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
        var candidates = Times.Select(time => (Time: time, Reported: !own && InFrame(time.Start, offset))).ToList();
        if (candidates.Count == 0)
            return null;
        var (chosen, reported) = candidates.OrderBy(c => c.Reported).ThenBy(c => Math.Abs(c.Time.Start - offset)).First();
        var interval = chosen.Interval;
        return new EventTime(chosen.Value, interval?.First, interval?.Last, Precision(chosen.Value), reported, Article.Evidence(chosen.Start, chosen.End));
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
