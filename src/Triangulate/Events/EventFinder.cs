using Triangulate.Facts;
using Triangulate.Text;

namespace Triangulate.Events;

/// <summary>
/// Reads events from an article's sentences: each word the <see cref="EventLexicon"/> knows is an event, with the
/// actors of its sentence as participants (before the trigger the actor, after it the target; a meeting's sides are
/// participants), the place the sentence locates it in, the time expression nearest to it, who says so (the
/// attributions around it, with the outlet they spoke to) and its modality. An attribution with a named speaker is
/// also a statement event of that speaker.
/// </summary>
public static class EventFinder
{
    private static readonly HashSet<EventType> Symmetric = [EventTypes.Meet, EventTypes.Agree, EventTypes.Fight];

    /// <summary>Two words of one symmetric type this many words apart or closer name one event.</summary>
    private const int SameMeetingReach = 10;

    /// <param name="anchor">The day relative times are read against (<see cref="TimeAnchor"/>); null leaves them unresolved.</param>
    public static IReadOnlyList<Event> Find(ArticleText article, DateOnly? anchor, Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        gazetteer ??= Gazetteer.Default;
        return Find(article, anchor, ActorMentionFinder.Find(article.Text, gazetteer).Mentions, AttributionFinder.Default.FindSaid(article.Text), gazetteer: gazetteer);
    }

    /// <summary>The events of an article whose actor mentions and attributions (offsets in its text) are already read.</summary>
    /// <param name="times">Its time expressions read against <paramref name="anchor"/>, when they are read already.</param>
    /// <param name="words">Its words (<see cref="WordTokens.Of"/> of its text), when they are read already.</param>
    public static IReadOnlyList<Event> Find(ArticleText article, DateOnly? anchor, IReadOnlyList<ActorMention> actorMentions, IReadOnlyList<Attribution> attributions,
        IReadOnlyList<TimeExpression>? times = null, Gazetteer? gazetteer = null, IReadOnlyList<WordToken>? words = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(actorMentions);
        gazetteer ??= Gazetteer.Default;
        var text = article.Text;
        var tokens = words ?? WordTokens.Of(text);
        var mentions = actorMentions.OrderBy(m => m.Start).ToList();
        var dated = (times ?? (anchor is { } day ? TimeExpressionFinder.Find(text, day) : [])).Where(t => t.Type is TimexType.Date or TimexType.Time && t.Interval is not null).ToList();
        var events = new List<Event>();
        var first = 0;
        foreach (var sentence in article.Sentences)
        {
            while (first < tokens.Count && tokens[first].Start < sentence.Start)
                first++;
            var last = first;
            while (last < tokens.Count && tokens[last].End <= sentence.End)
                last++;
            last--;
            if (last < first)
                continue;
            var sentenceAttributions = Within(attributions, sentence, a => (a.Cue.Start, a.Cue.End));
            if (sentenceAttributions.Count == 0 && !HasTrigger(tokens, first, last))
                continue;
            var context = new SentenceContext(article, sentence, tokens, first, last,
                Within(mentions, sentence, m => (m.Start, m.End)),
                sentenceAttributions,
                Within(dated, sentence, t => (t.Start, t.End)),
                PlaceReader.Find(text, tokens, first, last, gazetteer));
            events.AddRange(Read(context, mentions));
        }
        return events;
    }

    /// <summary>The items whose span lies inside the sentence.</summary>
    private static List<T> Within<T>(IReadOnlyList<T> items, Sentence sentence, Func<T, (int Start, int End)> span)
    {
        var inside = new List<T>();
        foreach (var item in items)
        {
            var (start, end) = span(item);
            if (start >= sentence.Start && end <= sentence.End)
                inside.Add(item);
        }
        return inside;
    }

    private static bool HasTrigger(IReadOnlyList<WordToken> tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (tokens[i].IsWord && EventLexicon.At(tokens, i, first, last) is not null)
                return true;
        }
        return false;
    }

    private static IEnumerable<Event> Read(SentenceContext context, List<ActorMention> articleMentions)
    {
        var seen = new HashSet<EventType>();
        var tokens = context.Tokens;
        string? sentenceLabel = null;
        var found = new List<(int Trigger, Event Event)>();
        for (var i = context.First; i <= context.Last; i++)
        {
            if (context.TriggerAt(i) is not { } named)
                continue;
            var type = EventTypeRefiner.Refine(named, () => sentenceLabel ??= EventTypeClassifier.Default.Predict(context.Sentence.Text));
            seen.Add(type);
            var built = Build(context, type, i, ModalityReader.Read(tokens, i), articleMentions);
            var same = SameMeeting(found, type, i);
            if (same < 0)
            {
                found.Add((i, built));
                continue;
            }
            found[same] = (found[same].Trigger, NamedAgain(found[same].Event, built));
        }
        InheritDoers(found, tokens, context.First);
        ShareSubjects(found, tokens);
        foreach (var (_, e) in found)
            yield return e;
        foreach (var attribution in context.Attributions)
        {
            if (attribution.Anonymous || attribution.Source is not { } source || attribution.Cue.Text.StartsWith("according", StringComparison.OrdinalIgnoreCase))
                continue;
            var speaker = context.Mentions.FirstOrDefault(m => m.Start >= source.Start && m.End <= source.End && m.Type is not ActorType.Place);
            // "Kell asked the council to ...": a cue that names an event of its own ("asked", an appeal) is that event, not a statement besides.
            if (speaker is null || ActsNotWords(attribution) || found.Exists(f => tokens[f.Trigger].Start == attribution.Cue.Start) || !seen.Add(EventTypes.Statement))
                continue;
            var cue = context.Article.Evidence(attribution.Cue.Start, attribution.Cue.End);
            yield return new Event(Id(cue), EventTypes.Statement, cue,
                [new Participant(speaker.Text, speaker.Type, "actor", context.Article.Evidence(speaker.Start, speaker.End))],
                context.PlaceNear(attribution.Cue.Start), context.TimeOf(attribution.Cue.Start, own: true),
                [Source(context, attribution, articleMentions)], Modality.Happened, context.Article.Evidence(context.Sentence));
        }
    }

    /// <summary>"met Edric and Venn for talks", "hosted talks": one meeting named twice, with every side either word has.</summary>
    private static Event NamedAgain(Event first, Event again) => first with
    {
        Participants = [.. first.Participants, .. again.Participants.Where(p => !first.Participants.Any(q => q.Name == p.Name))],
        Place = first.Place ?? again.Place,
        Time = first.Time ?? again.Time,
    };

    /// <summary>The event found before, of the same symmetric type, that the trigger names again; -1 when none.</summary>
    private static int SameMeeting(List<(int Trigger, Event Event)> found, EventType type, int trigger)
    {
        if (!Symmetric.Contains(type))
            return -1;
        for (var k = found.Count - 1; k >= 0; k--)
        {
            if (found[k].Event.Type == type && trigger - found[k].Trigger <= SameMeetingReach)
                return k;
        }
        return -1;
    }

    /// <summary>Harm a participle clause tells as the outcome of the act before it: "stormed the hotel, killing six".</summary>
    private static readonly HashSet<EventType> Outcomes = [EventTypes.Kill, EventTypes.Injure, EventTypes.Destroy];

    /// <summary>
    /// "A bomber blew himself up, killing six and injuring 12": a killing told by a participle after a comma or "and",
    /// with no one of its own doing it, is done by who did the act before it in the sentence.
    /// </summary>
    private static void InheritDoers(List<(int Trigger, Event Event)> found, IReadOnlyList<WordToken> tokens, int first)
    {
        for (var k = 1; k < found.Count; k++)
        {
            var (index, e) = found[k];
            if (!Outcomes.Contains(e.Type) || index <= first || tokens[index - 1].Lower is not ("," or "and") || !tokens[index].Lower.EndsWith("ing", StringComparison.Ordinal)
                || e.Participants.Any(p => p.Role == "actor"))
                continue;
            for (var j = k - 1; j >= 0; j--)
            {
                var doers = found[j].Event.Participants.Where(p => p.Role == "actor").ToList();
                if (doers.Count == 0)
                    continue;
                found[k] = (index, e with { Participants = [.. e.Participants, .. doers] });
                break;
            }
        }
    }

    /// <summary>
    /// "She was arrested and charged with treason": a verb joined by "and" to the trigger right before it has that
    /// verb's subject, in the role it has there, when it has no one in that role of its own.
    /// </summary>
    private static void ShareSubjects(List<(int Trigger, Event Event)> found, IReadOnlyList<WordToken> tokens)
    {
        for (var k = 1; k < found.Count; k++)
        {
            var (index, e) = found[k];
            var (previousIndex, previous) = found[k - 1];
            if (previousIndex != index - 2 || tokens[index - 1].Lower != "and" || !tokens[index].Lower.EndsWith("ed", StringComparison.Ordinal)
                || !tokens[previousIndex].Lower.EndsWith("ed", StringComparison.Ordinal))
                continue;
            var subjects = previous.Participants.Where(p => ParticipantRoles.TakesPart(p.Role) && p.Evidence.End <= tokens[previousIndex].Start && !e.Participants.Any(q => q.Role == p.Role)).ToList();
            if (subjects.Count > 0)
                found[k] = (index, e with { Participants = [.. subjects, .. e.Participants] });
        }
    }

    private static readonly HashSet<EventType> Speech = [EventTypes.Statement, EventTypes.Appeal, EventTypes.Demand, EventTypes.Accuse, EventTypes.Reject, EventTypes.Threaten, EventTypes.Meet];

    /// <summary>A cue that names an act ("attacked") is an event of that act, not a statement.</summary>
    private static bool ActsNotWords(Attribution attribution)
    {
        return EventLexicon.Find("", LastCueWord(attribution)) is { } type && !Speech.Contains(type);
    }

    /// <summary>"The groups discussed ...": who discusses takes part in a meeting; they are not who says so.</summary>
    private static bool Discussion(Attribution attribution) => EventLexicon.Find("", LastCueWord(attribution)) == EventTypes.Meet;

    private static string LastCueWord(Attribution attribution) => LowerCaseForms.Of(attribution.Cue.Text.AsSpan(attribution.Cue.Text.LastIndexOf(' ') + 1));

    private static Event Build(SentenceContext context, EventType type, int trigger, Modality modality, List<ActorMention> articleMentions)
    {
        var token = context.Tokens[trigger];
        var triggerEvidence = context.Article.Evidence(token.Start, EventLexicon.TriggerEnd(context.Tokens, trigger, context.Last));
        var place = context.PlaceNear(token.Start);
        // A place the gazetteer locates is the event's place; a phrase after "in" naming the same place is not kept twice.
        var participants = ParticipantRoles.Assign(context, trigger, type, Symmetric.Contains(type), articleMentions)
            .Where(p => p.Role != ParticipantRoles.Place || place is null || p.Evidence.End <= place.Evidence.Start || p.Evidence.Start >= place.Evidence.End).ToList();
        var sources = context.Attributions
            .Where(a => a.Source is not null && a.Cue.Start != token.Start && !Discussion(a) && (a.Content is not { } content || content.Start <= token.Start && token.Start < content.End
                || a.Cue.Start > token.Start && content.Start >= a.Cue.Start))
            .Select(a => Source(context, a, articleMentions))
            .ToList();
        return new Event(Id(triggerEvidence), type, triggerEvidence, participants, place, context.TimeOf(token.Start, own: false),
            sources, modality, context.Article.Evidence(context.Sentence));
    }

    /// <summary>Who an attribution names: a pronoun ("It said", "who") is the last actor of a fitting kind named before it.</summary>
    private static EventSource Source(SentenceContext context, Attribution attribution, List<ActorMention> articleMentions)
    {
        var source = attribution.Source!;
        return new EventSource(PronounSource.Resolve(source.Text, source.Start, articleMentions), attribution.Channel?.Text, attribution.Anonymous,
            context.Article.Evidence(source.Start, source.End));
    }

    private static string Id(Evidence trigger) => "event-" + XxHash64.HexHash(trigger.Article + "|" + trigger.Start)[..12];
}
