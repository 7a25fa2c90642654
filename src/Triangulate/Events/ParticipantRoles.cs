using Triangulate.Facts;

namespace Triangulate.Events;

/// <summary>
/// Who does what to whom, from where the participants stand around the trigger: in "Hamas attacked Israel" the nearest
/// one before the trigger acts and the nearest after it is the target; in the passive "Hamas fighters were killed by
/// Israeli troops" the one before is the target and the one after "by" acts; a meeting's sides are the nearest on each
/// side. A participant is a named actor or, where the clause names none on that side, a noun for people or a body
/// ("police", "militants", "the court"). Those further off are left out: they mostly belong to other events of the sentence.
/// </summary>
internal static class ParticipantRoles
{
    private static readonly HashSet<string> Auxiliaries = ["was", "were", "been", "being", "be", "is", "are", "got", "get"];

    /// <summary>Words whose subject undergoes the event: "the general died".</summary>
    private static readonly HashSet<string> Undergone = ["die", "dies", "died", "dying", "dead", "death", "deaths"];

    private static readonly HashSet<string> ClauseBreaks = [",", ";", ":", "and", "but", "while", "after", "before", "when", "(", ")"];

    private static readonly HashSet<string> Bodies =
    [
        "police", "authorities", "officials", "official", "court", "judge", "jury", "prosecutors", "government", "army", "military",
        "forces", "rebels", "gunmen", "attackers", "bomber", "bombers", "suspect", "group", "brothers", "brother", "friend", "leader",
        "leaders", "president", "minister", "spokesman", "commander", "commanders",
    ];

    /// <summary>The participants of the event a trigger names, with the people it counts (<see cref="VictimsReader"/>); of two overlapping, the longer.</summary>
    public static IReadOnlyList<Participant> Assign(SentenceContext context, int trigger, EventType type, bool symmetric)
    {
        var participants = ByPosition(context, trigger, symmetric).Concat(VictimsReader.Find(context, trigger, type)).DistinctBy(p => p.Name).ToList();
        return participants
            .Where(p => !participants.Any(other => other != p && other.Evidence.Start <= p.Evidence.Start && p.Evidence.End <= other.Evidence.End))
            .ToList();
    }

    private static IEnumerable<Participant> ByPosition(SentenceContext context, int trigger, bool symmetric)
    {
        var tokens = context.Tokens;
        var candidates = Candidates(context);
        var before = candidates.Where(c => c.End <= tokens[trigger].Start && !Broken(context, c.End, tokens[trigger].Start))
            .OrderByDescending(c => c.Named).ThenByDescending(c => c.Start).FirstOrDefault();
        var after = candidates.Where(c => c.Start >= tokens[trigger].End && !Broken(context, tokens[trigger].End, c.Start))
            .OrderByDescending(c => c.Named).ThenBy(c => c.Start).FirstOrDefault();
        (Candidate? Who, string Role)[] roles = symmetric ? [(before, "participant"), (after, "participant")]
            : Undergone.Contains(tokens[trigger].Lower) ? [(before, "target")]
            : Passive(tokens, trigger, context.First) ? [(before, "target"), (after is not null && ByBefore(context, after) ? after : null, "actor")]
            : [(before, "actor"), (after, "target")];
        return roles.Where(r => r.Who is not null).Select(r => r.Who!.As(r.Role));
    }

    private static List<Candidate> Candidates(SentenceContext context)
    {
        var candidates = context.Mentions.Where(m => m.Type is not ActorType.Place && !context.InSource(m.Start))
            .Select(m => new Candidate(m.Start, m.End, m.Type, Named: true, context)).ToList();
        for (var i = context.First; i <= context.Last; i++)
        {
            var token = context.Tokens[i];
            if ((VictimsReader.People.Contains(token.Lower) || Bodies.Contains(token.Lower)) && !context.InSource(token.Start)
                && !candidates.Any(c => c.Start <= token.Start && token.End <= c.End))
                candidates.Add(new Candidate(token.Start, token.End, ActorType.Unknown, Named: false, context));
        }
        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        return candidates;
    }

    /// <summary>True when a clause break (a comma, "and", "after") stands between two offsets of the sentence.</summary>
    private static bool Broken(SentenceContext context, int from, int to)
    {
        for (var i = context.First; i <= context.Last && context.Tokens[i].Start < to; i++)
        {
            if (context.Tokens[i].Start >= from && ClauseBreaks.Contains(context.Tokens[i].Lower))
                return true;
        }
        return false;
    }

    /// <summary>"were killed", "was detained", "have been arrested": an auxiliary of the passive just before the trigger.</summary>
    private static bool Passive(IReadOnlyList<WordToken> tokens, int trigger, int first) =>
        (tokens[trigger].Lower.EndsWith("ed", StringComparison.Ordinal) || tokens[trigger].Lower is "shot" or "hit" or "struck" or "held" or "hurt" or "taken")
        && Enumerable.Range(1, 2).Any(back => trigger - back >= first && Auxiliaries.Contains(tokens[trigger - back].Lower));

    private static bool ByBefore(SentenceContext context, Candidate candidate)
    {
        var index = context.Last;
        while (index >= context.First && context.Tokens[index].End > candidate.Start)
            index--;
        if (index >= context.First && context.Tokens[index].Lower is "the" or "a" or "an")
            index--;
        return index >= context.First && context.Tokens[index].Lower == "by";
    }

    private sealed record Candidate(int Start, int End, ActorType Type, bool Named, SentenceContext Context)
    {
        public Participant As(string role) => new(Context.Article.Text[Start..End], Type, role, Context.Article.Evidence(Start, End));
    }
}
