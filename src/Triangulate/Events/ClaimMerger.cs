using System.Globalization;
using Triangulate.Facts;
using Triangulate.Text;

namespace Triangulate.Events;

/// <summary>
/// Merges the numeric claims of many articles: one thing counted with one figure is one claim, whatever its qualifier.
/// What is counted is the event the figure is nearest to ("killed at least 31,490" counts killings), else the counted
/// noun, with the place and the day the sentence names. A tally of an event on a named day ("the October 7 attack
/// killed 1,200") is one fact across the corpus; any other figure is one fact only within its story, since "three"
/// or "4 pct debentures" in two unrelated stories are two facts. Two figures for one count are linked: a revision when they were
/// reported a week or more apart, else a contradiction, which marks both claims contradicted when their origins differ.
/// </summary>
public static class ClaimMerger
{
    private const int RevisionDays = 7;

    /// <param name="originOf">The provenance group of an article (null: its own origin).</param>
    /// <param name="reportedOf">The day an article was published, or its time anchor; null when unknown.</param>
    /// <param name="storyOf">The story of an article (null: a story of its own).</param>
    /// <param name="sentenceTimes">
    /// The time expressions of a claim's sentence (offsets in the sentence, read against the article's day), when they
    /// are read already; else they are read here.
    /// </param>
    public static IReadOnlyList<ClaimFact> Merge(IReadOnlyList<ClaimMention> claims, Func<string, string?> originOf, Func<string, DateOnly?> reportedOf, Func<string, string?> storyOf,
        Func<ClaimMention, IReadOnlyList<TimeExpression>>? sentenceTimes = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(reportedOf);
        ArgumentNullException.ThrowIfNull(storyOf);
        var keyed = claims.AsParallel().AsOrdered().Select(claim => (Claim: claim, Key: KeyOf(claim, reportedOf(claim.Article), storyOf, sentenceTimes))).ToList();
        // A figure of a story that also gives it as the tally of a named day ("approximately 1,160 deaths" beside
        // "the October 7 attack killed around 1,160") is that tally.
        var tallies = keyed.Where(item => item.Key.AcrossStories).Select(item => (item.Key.Story, item.Key.Counts, item.Key.Value, item.Key.Exact)).ToHashSet();
        keyed = [.. keyed.Select(item => item.Key.Counts.Length > 0 && tallies.Contains((item.Key.Story, item.Key.Counts, item.Key.Value, item.Key.Exact))
            ? (item.Claim, item.Key with { AcrossStories = true })
            : item)];
        var groups = keyed.GroupBy(item => (item.Key.Scope, item.Key.Counts, item.Key.Value, item.Key.Exact)).Select(group => group.OrderByDescending(item => item.Key.About.HasValue).ToList()).ToList();
        var ids = groups.Select(group => "claim-" + XxHash64.HexHash(group[0].Key.ToString())[..12]).ToList();
        var links = groups.Select(_ => new List<ClaimLink>()).ToList();
        var contradicted = new bool[groups.Count];
        // Only figures counting the same thing on the same named day, in one story or as tallies across stories, can be
        // linked, so only those are compared.
        var comparable = Enumerable.Range(0, groups.Count).Where(g => groups[g][0].Key is { Counts.Length: > 0, About: not null }).ToList();
        var earliest = new Dictionary<int, int>();
        var origins = new Dictionary<int, HashSet<string>>();
        var sentences = new Dictionary<int, HashSet<(string, int)>>();
        foreach (var g in comparable)
        {
            earliest[g] = Earliest(groups[g], reportedOf);
            origins[g] = Origins(groups[g], originOf);
            sentences[g] = [.. groups[g].Select(item => (item.Claim.Article, item.Claim.Evidence.Sentence))];
        }
        foreach (var bucket in comparable.GroupBy(g => (groups[g][0].Key.Scope, groups[g][0].Key.Counts, groups[g][0].Key.About)))
        {
            var members = bucket.ToList();
            foreach (var (a, b) in members.SelectMany((x, m) => members.Skip(m + 1).Select(y => (x, y))))
            {
                // "Four people killed, including one civilian": figures of one sentence count different things.
                if (!SameCount(groups[a][0].Key, groups[b][0].Key) || sentences[a].Overlaps(sentences[b]))
                    continue;
                var kind = Math.Abs(earliest[a] - earliest[b]) >= RevisionDays ? ClaimLinkKind.Revision : ClaimLinkKind.Contradiction;
                links[a].Add(new ClaimLink(ids[b], kind));
                links[b].Add(new ClaimLink(ids[a], kind));
                if (kind == ClaimLinkKind.Contradiction && !origins[a].Overlaps(origins[b]))
                    contradicted[a] = contradicted[b] = true;
            }
        }
        return groups.Select((group, g) =>
        {
            var quantity = group[0].Claim.Quantity;
            var according = group.Select(item => item.Claim.Quantity.AccordingTo).OfType<string>().ToList();
            var support = Support.Of(group.Select(item => item.Claim.Evidence), according, originOf, contradicted[g]);
            return new ClaimFact(ids[g], group[0].Key.Counts, quantity.Exact ? quantity.Value : null, quantity,
                group.Select(item => item.Claim.Quantity.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                support.Sources, group[0].Key.About, support, links[g]);
        }).ToList();
    }

    /// <summary>Two figures count the same thing when they count it on the same named day ("the October 7 attack killed ...").</summary>
    private static bool SameCount(ClaimKey a, ClaimKey b) =>
        a.Counts == b.Counts && a.Value != b.Value && a.Exact && b.Exact && a.About is { } day && day == b.About;

    private static int Earliest(List<(ClaimMention Claim, ClaimKey Key)> group, Func<string, DateOnly?> reportedOf) =>
        group.Select(item => reportedOf(item.Claim.Article)?.DayNumber ?? int.MaxValue / 2).Min();

    private static HashSet<string> Origins(List<(ClaimMention Claim, ClaimKey Key)> group, Func<string, string?> originOf) =>
        group.Select(item => originOf(item.Claim.Article) ?? "article:" + item.Claim.Article).ToHashSet();

    private static ClaimKey KeyOf(ClaimMention claim, DateOnly? reported, Func<string, string?> storyOf, Func<ClaimMention, IReadOnlyList<TimeExpression>>? sentenceTimes)
    {
        var sentence = claim.Quantity.Sentence;
        var tokens = WordTokens.Of(sentence);
        var offset = sentence.IndexOf(claim.Quantity.Text, StringComparison.Ordinal);
        var eventCounted = NearestEvent(tokens, offset, offset + claim.Quantity.Text.Length);
        var counts = eventCounted ?? CountedNoun(claim.Quantity.What) ?? "";
        var places = PlaceReader.Find(sentence, tokens, 0, tokens.Count - 1, Gazetteer.Default);
        var place = places.Count > 0 ? places.MinBy(p => Math.Abs(tokens[p.First].Start - offset)).Entry.Place : null;
        // The day matters only to a figure that counts something: it alone can be a tally or be linked.
        var about = reported is { } day && counts.Length > 0
            ? (sentenceTimes?.Invoke(claim) ?? TimeExpressionFinder.Find(sentence, day)).Where(t => t.Interval is { } i && i.First == i.Last && t.Type == TimexType.Date && !AfterBoundWord(sentence, t.Start)).Select(t => (DateOnly?)t.Interval!.Value.First).FirstOrDefault()
            : null;
        return new ClaimKey(storyOf(claim.Article) ?? "article:" + claim.Article, eventCounted is not null && about is not null,
            counts, claim.Quantity.Value, claim.Quantity.Exact, place, about);
    }

    /// <summary>The event word nearest to the figure within a few words: "killed at least 31,490" and "1,160 deaths" both count killings.</summary>
    private static string? NearestEvent(IReadOnlyList<WordToken> tokens, int start, int end)
    {
        const int Reach = 6;
        var first = 0;
        while (first < tokens.Count && tokens[first].End <= start)
            first++;
        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].Start < end)
            last++;
        for (var distance = 1; distance <= Reach; distance++)
        {
            var type = EventAt(tokens, last + distance) ?? EventAt(tokens, first - distance);
            if (type is not null)
                return type;
        }
        return null;
    }

    private static string? EventAt(IReadOnlyList<WordToken> tokens, int i) =>
        i >= 0 && i < tokens.Count && tokens[i].IsWord && EventLexicon.Find(i > 0 ? tokens[i - 1].Lower : "", tokens[i].Lower) is { } type ? type.Name : null;

    /// <summary>"since October 7" starts a period; the count is not about that day alone.</summary>
    private static bool AfterBoundWord(string sentence, int start)
    {
        var before = sentence.AsSpan(0, start).TrimEnd();
        return before.EndsWith("since", StringComparison.OrdinalIgnoreCase) || before.EndsWith("from", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("until", StringComparison.OrdinalIgnoreCase) || before.EndsWith("till", StringComparison.OrdinalIgnoreCase);
    }

    private static string? CountedNoun(string? what) =>
        what?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => StemCache.Stem(word.ToLowerInvariant())).FirstOrDefault(stem => !StopWords.Contains(stem));

    /// <param name="Story">The story giving the figure.</param>
    /// <param name="AcrossStories">Whether the figure is one fact across the corpus, not only within its story.</param>
    private readonly record struct ClaimKey(string Story, bool AcrossStories, string Counts, double Value, bool Exact, string? Place, DateOnly? About)
    {
        public string Scope => AcrossStories ? "" : Story;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Scope}|{Counts}|{Value}|{Exact}|{Place}|{About}");
    }
}
