using Triangulate.Facts;

namespace Triangulate.Events;

/// <summary>
/// The people an act of violence or coercion falls on, when the sentence counts them rather than naming them:
/// "killing 6 civilians", "12 people were wounded", "arrested two journalists".
/// </summary>
internal static class VictimsReader
{
    private const int Reach = 4;

    private static readonly HashSet<EventType> Harming = [EventTypes.Kill, EventTypes.Injure, EventTypes.Abduct, EventTypes.Arrest, EventTypes.Attack, EventTypes.SexualViolence];

    internal static readonly HashSet<string> People =
    [
        "people", "person", "persons", "civilian", "civilians", "soldier", "soldiers", "troops", "police", "policeman", "policemen",
        "officer", "officers", "child", "children", "woman", "women", "man", "men", "protesters", "militants", "fighters", "students",
        "worker", "workers", "residents", "passengers", "journalist", "journalists", "others", "victims", "hostages", "villagers",
        "pilgrims", "worshippers", "members", "suspects", "migrants", "refugees", "patients", "staff", "guards", "boy", "boys", "girl", "girls",
    ];

    public static IEnumerable<Participant> Find(SentenceContext context, int trigger, EventType type)
    {
        if (!Harming.Contains(type))
            yield break;
        var tokens = context.Tokens;
        for (var i = trigger + 1; i <= Math.Min(context.Last, trigger + Reach); i++)
        {
            if (People.Contains(tokens[i].Lower) || CountedMore(tokens, i, context.Last))
            {
                yield return Victim(context, i);
                yield break;
            }
            if (!tokens[i].IsWord && tokens[i].Lower != "," || tokens[i].Lower == "and" || context.TriggerAt(i) is not null)
                break;
        }
        // "killing three people and injuring 12": the people before "and" are the other event's.
        for (var i = trigger - 1; i >= Math.Max(context.First, trigger - Reach); i--)
        {
            if (People.Contains(tokens[i].Lower))
            {
                yield return Victim(context, i);
                yield break;
            }
            if (!tokens[i].IsWord || tokens[i].Lower == "and" || context.TriggerAt(i) is not null)
                break;
        }
    }

    /// <summary>"injuring scores more": "more" after a count stands for the people it counts, unless a number follows ("more than 260 others").</summary>
    private static bool CountedMore(IReadOnlyList<WordToken> tokens, int index, int last) =>
        tokens[index].Lower == "more" && index > 0 && (CountWords.Contains(tokens[index - 1].Lower) || char.IsDigit(tokens[index - 1].Lower[0]))
        && (index == last || tokens[index + 1].Lower != "than");

    /// <summary>The noun with the number counting it: "6 civilians".</summary>
    private static Participant Victim(SentenceContext context, int noun)
    {
        var tokens = context.Tokens;
        var first = noun;
        while (first - 1 >= context.First && noun - first < 3 && tokens[first - 1].IsWord && (char.IsDigit(tokens[first - 1].Lower[0]) || CountWords.Contains(tokens[first - 1].Lower)))
            first--;
        var start = tokens[first].Start;
        var end = tokens[noun].End;
        return new Participant(context.Article.Text[start..end], ActorType.Person, "target", context.Article.Evidence(start, end));
    }

    private static readonly HashSet<string> CountWords =
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "hundreds",
        "thousands", "several", "many", "scores", "some", "a", "an", "the", "at", "least",
    ];
}
