using Triangulate.Facts;
using Triangulate.Text;

namespace Triangulate.Events;

/// <summary>
/// Merges the events of many articles into facts: two mentions are one event when they have the same type, share a
/// participant, and their times and places do not disagree. A fact said to have happened by one text and denied by
/// another is contradicted.
/// </summary>
public static class EventMerger
{
    /// <param name="originOf">The provenance group of an article (null: its own origin).</param>
    /// <param name="actorOf">The actor a participant's name stands for (an alias resolver); by default the name itself.</param>
    public static IReadOnlyList<EventFact> Merge(IReadOnlyList<Event> events, Func<string, string?> originOf, Func<string, string>? actorOf = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        actorOf ??= name => name.ToLowerInvariant();
        var actors = events.Select(e => e.Participants.Where(p => ParticipantRoles.TakesPart(p.Role)).Select(p => actorOf(p.Name)).ToHashSet()).ToList();
        // A sentence's words are read only for mentions that meet another of their type.
        var words = new HashSet<string>?[events.Count];
        HashSet<string> WordsOf(int i) => words[i] ??= ContentWords(events[i].Evidence.Text);
        var groups = new UnionFind<int>(Enumerable.Range(0, events.Count));
        foreach (var sameType in Enumerable.Range(0, events.Count).GroupBy(i => events[i].Type))
        {
            var members = sameType.ToList();
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    int i = members[a], j = members[b];
                    // Mentions already joined through others need no comparing: a story's many copies of one report are.
                    if (groups.Find(i) != groups.Find(j) && Comparable(events[i], events[j]) && SameEvent(events[i], events[j], actors[i], actors[j], WordsOf(i), WordsOf(j)))
                        groups.Union(i, j);
                }
            }
        }
        JoinDefiniteMentions(events, groups);
        return groups.Groups()
            .Select(group => Fact(group.Order().Select(i => events[i]).ToList(), originOf, actorOf))
            .OrderBy(fact => fact.Support.Evidence[0].Article, StringComparer.Ordinal).ThenBy(fact => fact.Support.Evidence[0].Start)
            .ToList();
    }

    /// <summary>"A Houthi source later confirmed the talks": a definite mention naming no one is the event of that type the article told before.</summary>
    private static void JoinDefiniteMentions(IReadOnlyList<Event> events, UnionFind<int> groups)
    {
        var byArticle = Enumerable.Range(0, events.Count).ToLookup(i => events[i].Article, StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var before = e.Evidence.Text[..Math.Max(0, e.Trigger.Start - e.Evidence.Start)].TrimEnd();
            if (e.Participants.Count > 0 || !(before.EndsWith(" the", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" this", StringComparison.OrdinalIgnoreCase)))
                continue;
            var antecedent = byArticle[e.Article]
                .Where(j => events[j].Type == e.Type && events[j].Trigger.Start < e.Trigger.Start && events[j].Participants.Count > 0)
                .DefaultIfEmpty(-1).Last();
            if (antecedent >= 0)
                groups.Union(i, antecedent);
        }
    }

    /// <summary>Two mentions in different sentences whose times and places do not disagree.</summary>
    private static bool Comparable(Event a, Event b) =>
        !(a.Evidence.Article == b.Evidence.Article && a.Evidence.Sentence == b.Evidence.Sentence) && TimesAgree(a.Time, b.Time) && PlacesAgree(a.Place, b.Place);

    /// <summary>
    /// Of two <see cref="Comparable"/> mentions, either sentences that share most of their words (a copy's rewording of
    /// the same report) or shared participants.
    /// </summary>
    private static bool SameEvent(Event a, Event b, HashSet<string> actorsA, HashSet<string> actorsB, HashSet<string> wordsA, HashSet<string> wordsB)
    {
        var shared = wordsA.Count(wordsB.Contains);
        if (shared >= SimilarSentence * Math.Min(wordsA.Count, wordsB.Count))
            return true;
        var sides = actorsA.Count(actorsB.Contains);
        bool datedA = a.Time is { Reported: false }, datedB = b.Time is { Reported: false };
        // Across articles the sides must be dated by each text itself (a report's day bounds too much to join on). Within
        // one article the same kind of event between the same sides is told more than once; but an event the text dates and
        // one it does not are two ("talks this week" and "which in June hosted talks"), and undated ones share two sides.
        if (a.Article != b.Article)
            return sides > 0 && datedA && datedB;
        return datedA == datedB && sides >= (datedA ? 1 : 2);
    }

    private const double SimilarSentence = 0.5;

    /// <summary>The sentence's own words, names left out: two sentences naming the same sides are not alike for that.</summary>
    private static HashSet<string> ContentWords(string sentence) =>
        WordTokens.Of(sentence).Where(t => t.IsWord && !t.Capitalised && !StopWords.Contains(t.Lower)).Select(t => StemCache.Stem(t.Lower)).ToHashSet();

    private static EventFact Fact(List<Event> mentions, Func<string, string?> originOf, Func<string, string> actorOf)
    {
        var participants = mentions.SelectMany(e => e.Participants).DistinctBy(p => actorOf(p.Name)).ToList();
        // The place and time most articles give; a time that dates only the report counts last.
        var place = mentions.Where(e => e.Place is not null).GroupBy(e => e.Place!.Name).OrderByDescending(g => g.Select(e => e.Article).Distinct().Count()).Select(g => g.First().Place).FirstOrDefault();
        var time = mentions.Where(e => e.Time is not null).GroupBy(e => (e.Time!.Value, e.Time.Reported))
            .OrderBy(g => g.Key.Reported).ThenByDescending(g => g.Select(e => e.Article).Distinct().Count()).ThenBy(g => Span(g.First().Time!))
            .Select(g => g.First().Time).FirstOrDefault();
        var modalities = mentions.Select(e => e.Modality).ToHashSet();
        var contradicted = modalities.Contains(Modality.Happened) && modalities.Contains(Modality.Denied);
        var modality = mentions.GroupBy(e => e.Modality).MaxBy(g => g.Count())!.Key;
        var sources = mentions.SelectMany(e => e.Sources).Select(s => s.Via is null ? s.Name : $"{s.Name} (via {s.Via})");
        var evidence = mentions.Select(e => e.Evidence);
        var id = "event-" + XxHash64.HexHash(string.Join("|", mentions.Select(e => e.Id).Order(StringComparer.Ordinal)))[..12];
        return new EventFact(id, mentions[0].Type, participants, place, time, modality, Support.Of(evidence, sources, originOf, contradicted), mentions);
    }

    private static int Span(EventTime time) => time.Start is { } start && time.End is { } end ? end.DayNumber - start.DayNumber : int.MaxValue;

    /// <summary>Intervals that overlap; a reported time ("said on Friday") only bounds the event from above.</summary>
    private static bool TimesAgree(EventTime? a, EventTime? b)
    {
        if (a?.Start is not { } aStart || a.End is not { } aEnd || b?.Start is not { } bStart || b.End is not { } bEnd)
            return true;
        if (a.Reported)
            aStart = DateOnly.MinValue;
        if (b.Reported)
            bStart = DateOnly.MinValue;
        return aStart <= bEnd && bStart <= aEnd;
    }

    private static bool PlacesAgree(EventPlace? a, EventPlace? b) =>
        a is null || b is null || a.Country.Length == 0 || b.Country.Length == 0 || string.Equals(a.Country, b.Country, StringComparison.OrdinalIgnoreCase);
}
