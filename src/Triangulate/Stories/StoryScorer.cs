namespace Triangulate.Stories;

/// <summary>Compares two stories (an arriving article is a story of one) and combines the signals into a score.</summary>
internal sealed class StoryScorer(StoryClusteringOptions options, StoryFrequencies frequencies)
{
    private const double DaysPerWeek = 7;

    /// <summary>How many of a headline's rarest terms stand for what it names (see <see cref="StoryMember.NameTerms"/>).</summary>
    public const int NameTermsPerHeadline = 2;

    // Pairs weighed for the member fit: up to this many members of the smaller side against as many of the larger.
    private const int SampledMembers = 8;
    private const int SampledAgainst = 16;

    /// <summary>The signals of two stories, with the member fit when it applies (see <see cref="WithMemberFit"/>).</summary>
    public StorySignals Signals(StoryState a, StoryState b) => WithMemberFit(a, b, CentroidSignals(a, b));

    /// <summary>Adds the member fit to the signals when the two sides together are large enough for their centroids to
    /// mislead and the centroids alone would let them join.</summary>
    public StorySignals WithMemberFit(StoryState a, StoryState b, StorySignals centroidSignals)
    {
        if (Score(centroidSignals) < options.LowestThreshold)
        {
            return centroidSignals;
        }
        var signals = a.Members.Count + b.Members.Count > options.MemberFitMinMembers && options.MemberFitFloor > 0 && centroidSignals.MemberFit is null
            ? centroidSignals with { MemberFit = MemberFit(a, b) }
            : centroidSignals;
        return WithNameConflict(a, b, signals);
    }

    /// <summary>
    /// Marks a name conflict when what one side's headlines name (each member's rarest headline terms) occurs in none of
    /// the other side's members, and the other side's own members do not name things in common either. Look-alike
    /// reports (each company's dividend, each issuer's bond) share their wording and meet the sharp centroid of what
    /// they share, while each names its own company; the reports of one event name the same company, place or person.
    /// </summary>
    private StorySignals WithNameConflict(StoryState a, StoryState b, StorySignals signals)
    {
        if (signals.NameConflict > 0 || a.Members.Count + b.Members.Count < 3)
        {
            return signals;
        }
        var (smaller, larger) = a.Members.Count <= b.Members.Count ? (a, b) : (b, a);
        return NamesAbsent(smaller, larger) && !NamesShared(larger) ? signals with { NameConflict = 1 } : signals;
    }

    /// <summary>The signals that compare the two sides as wholes (their summed vectors, years and time spans).</summary>
    public StorySignals CentroidSignals(StoryState a, StoryState b)
    {
        var aNorms = a.SquaredNorms();
        var bNorms = b.SquaredNorms();
        if (a.Members.Count == 1)
        {
            var weighted = a.Members[0].IdfSquaredWeighted(frequencies);
            var numbers = WeightedVectors.Cosine(WeightedVectors.Dot(weighted.Numbers, b.Numbers), aNorms.Numbers, bNorms.Numbers);
            return new StorySignals(
                Text(WeightedVectors.Cosine(WeightedVectors.Dot(weighted.Terms, b.Terms), aNorms.Terms, bNorms.Terms), Short(a, b)),
                WeightedVectors.Cosine(WeightedVectors.Dot(weighted.Actors, b.Actors), aNorms.Actors, bNorms.Actors),
                numbers,
                YearConflict(a, b, excludeArriving: false),
                DaysApart(a, b),
                NumberConflict: NumberConflict(WeightedVectors.SharedKeys(a.Members[0].Numbers, b.Numbers, withoutMember: false), a.DistinctNumbers, b.DistinctNumbers),
                Meaning: Meaning(a, b, withoutMember: false));
        }
        return new StorySignals(
            Text(WeightedVectors.Cosine(a.Terms, aNorms.Terms, b.Terms, bNorms.Terms, frequencies.Terms), Short(a, b)),
            WeightedVectors.Cosine(a.Actors, aNorms.Actors, b.Actors, bNorms.Actors, frequencies.Actors),
            WeightedVectors.Cosine(a.Numbers, aNorms.Numbers, b.Numbers, bNorms.Numbers, frequencies.Numbers),
            YearConflict(a, b, excludeArriving: false),
            DaysApart(a, b),
            NumberConflict: NumberConflict(WeightedVectors.SharedKeys(a.Numbers, b.Numbers), a.DistinctNumbers, b.DistinctNumbers),
            Meaning: Meaning(a, b, withoutMember: false));
    }

    /// <summary>The signals of a story's member (as a story of one) against the rest of its story.</summary>
    public StorySignals MemberSignals(StoryState member, StoryState story)
    {
        var mNorms = member.SquaredNorms();
        var sNorms = story.SquaredNorms();
        var weighted = member.Members[0].IdfSquaredWeighted(frequencies);
        var numbers = WeightedVectors.CosineWithoutMember(WeightedVectors.Dot(weighted.Numbers, story.Numbers), mNorms.Numbers, sNorms.Numbers);
        var signals = new StorySignals(
            Text(WeightedVectors.CosineWithoutMember(WeightedVectors.Dot(weighted.Terms, story.Terms), mNorms.Terms, sNorms.Terms), Short(member, story)),
            WeightedVectors.CosineWithoutMember(WeightedVectors.Dot(weighted.Actors, story.Actors), mNorms.Actors, sNorms.Actors),
            numbers,
            YearConflict(member, story, excludeArriving: true),
            DaysApart(member, story),
            NumberConflict: NumberConflict(WeightedVectors.SharedKeys(member.Members[0].Numbers, story.Numbers, withoutMember: true), member.DistinctNumbers, story.DistinctNumbers),
            Meaning: Meaning(member, story, withoutMember: true));
        return Score(signals) >= options.LowestThreshold ? WithNameConflict(member, story, signals) : signals;
    }

    /// <summary>The combined score; an article or story whose members fit the other side's members less than the member
    /// fit floor scores the (negative) shortfall instead, whatever the centroids say.</summary>
    public double Score(StorySignals signals)
    {
        if (signals.MemberFit is { } fit && fit < options.MemberFitFloor)
        {
            return fit - options.MemberFitFloor;
        }
        var score = signals.Text
            + options.ActorWeight * signals.Actors
            + options.NumberWeight * signals.Numbers
            - options.YearConflictWeight * signals.YearConflict
            - FigureConflictPenalty(signals.Text, signals.NumberConflict)
            - options.NameConflictWeight * signals.NameConflict * signals.Text * signals.Text
            + MeaningTerm(signals.Meaning, signals.Actors);
        if (signals.DaysApart is { } days && days > options.TimeGraceDays)
        {
            score -= Math.Min(options.MaxTimePenalty, (days - options.TimeGraceDays) / DaysPerWeek * options.TimePenaltyPerWeek);
        }
        return score;
    }

    /// <summary>
    /// The mean pair score of members of <paramref name="a"/> against members of <paramref name="b"/> (an even spread of
    /// each, a member never paired with itself). A story of look-alike reports (earnings tables of a hundred companies)
    /// has a sharp centroid made of what they share, which every new look-alike matches, while each pair shares little
    /// beyond it; the members of one event resemble each other too.
    /// </summary>
    private double MemberFit(StoryState a, StoryState b)
    {
        var (smaller, larger) = a.Members.Count <= b.Members.Count ? (a, b) : (b, a);
        var sum = 0.0;
        var pairs = 0;
        foreach (var x in Spread(smaller.Members, SampledMembers))
        {
            foreach (var y in Spread(larger.Members, SampledAgainst))
            {
                if (!ReferenceEquals(x, y))
                {
                    sum += PairScore(x, y);
                    pairs++;
                }
            }
        }
        return pairs == 0 ? 0 : sum / pairs;
    }

    /// <summary>Two members compared as stories of one, without the time terms.</summary>
    private double PairScore(StoryMember x, StoryMember y)
    {
        var weighted = x.IdfSquaredWeighted(frequencies);
        var xNorms = x.SquaredNorms(frequencies);
        var yNorms = y.SquaredNorms(frequencies);
        var numbers = WeightedVectors.Cosine(WeightedVectors.Dot(weighted.Numbers, y.Numbers), xNorms.Numbers, yNorms.Numbers);
        var text = Text(WeightedVectors.Cosine(WeightedVectors.Dot(weighted.Terms, y.Terms), xNorms.Terms, yNorms.Terms), x.Short && y.Short);
        var actors = WeightedVectors.Cosine(WeightedVectors.Dot(weighted.Actors, y.Actors), xNorms.Actors, yNorms.Actors);
        return text
            + options.ActorWeight * actors
            + options.NumberWeight * numbers
            - FigureConflictPenalty(text, NumberConflict(WeightedVectors.SharedKeys(x.Numbers, y.Numbers), x.Numbers.Count, y.Numbers.Count))
            + MeaningTerm(x.Meaning is { } xm && y.Meaning is { } ym ? Dot(xm, ym) : null, actors);
    }

    /// <summary>
    /// What the sentence embeddings add: below <see cref="StoryClusteringOptions.MeaningOffset"/> they speak against a
    /// join, above it for one, but only when the two sides name someone or something in common (the actor cosine):
    /// headlines share too few words for the term cosine to tell a rewording of one event from another event's headline
    /// that shares a word, while template headlines ("Kevex Corp 2nd qtr net", "Dunkin' Donuts 1st qtr net") mean
    /// nearly the same and name different companies.
    /// </summary>
    private double MeaningTerm(double? meaning, double actors) =>
        meaning is not { } m ? 0
        : m < options.MeaningOffset || actors > 0 ? options.MeaningWeight * (m - options.MeaningOffset)
        : 0;

    /// <summary>The embeddings compared when both sides are mostly short items (the stories of headline-only feeds).</summary>
    private static double? Meaning(StoryState a, StoryState b, bool withoutMember) =>
        Short(a, b) ? a.MeaningAgainst(b, withoutMember) : null;

    private static double Dot(float[] a, float[] b)
    {
        var dot = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
        }
        return dot;
    }

    /// <summary>The text signal from the term cosine: raised to <see cref="StoryClusteringOptions.ShortTextExponent"/>
    /// when both sides are short.</summary>
    private double Text(double cosine, bool isShort) => isShort && cosine > 0 ? Math.Pow(cosine, options.ShortTextExponent) : cosine;

    /// <summary>
    /// How far two sides' figures disagree, from 0 to 1, when both state at least
    /// <see cref="StoryClusteringOptions.ConflictNumbers"/> distinct figures: the share of the figures of the side that
    /// states fewer which the other side does not state, raised to <see cref="StoryClusteringOptions.ConflictExponent"/>.
    /// Look-alike reports (weekly figures, one company's results against another's) share their wording and none of
    /// their figures; copies repeat nearly all of a report's figures, and two outlets' reports of one event share some
    /// (about half in ECB+), which the exponent leaves nearly free. A story's summed figures are many and spread, so
    /// what counts is which figures are shared, not a cosine against their sum.
    /// </summary>
    private double NumberConflict(int shared, int aNumbers, int bNumbers) =>
        aNumbers >= options.ConflictNumbers && bNumbers >= options.ConflictNumbers
            ? Math.Pow(1 - (double)shared / Math.Min(aNumbers, bNumbers), options.ConflictExponent)
            : 0;

    /// <summary>What disagreeing figures cost: in proportion to the square of the text similarity, as the sign of a
    /// template is the same wording around other figures, while two outlets' reports of one event word it differently
    /// and often quote different figures.</summary>
    private double FigureConflictPenalty(double text, double conflict) => options.NumberConflictWeight * conflict * text * text;

    /// <summary>Whether no member of an even spread of <paramref name="smaller"/> has a headline name (see
    /// <see cref="StoryMember.NameTerms"/>) among the terms of an even spread of the other side's members: a large
    /// story's summed terms hold nearly every word, but what an event is about recurs in its members.</summary>
    private bool NamesAbsent(StoryState smaller, StoryState larger)
    {
        foreach (var member in Spread(smaller.Members, SampledMembers))
        {
            var names = member.NameTerms(frequencies);
            if (names.IsEmpty)
            {
                return false;
            }
            foreach (var other in Spread(larger.Members, SampledAgainst))
            {
                if (!ReferenceEquals(member, other) && Holds(other, names))
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>Whether at least half the pairs of an even spread of the story's members name something in common (one
    /// member's headline names among the other's terms); a story of one, or of headlines that name nothing, does.</summary>
    private bool NamesShared(StoryState story)
    {
        if (story.Members.Count < 2)
        {
            return true;
        }
        var sample = Spread(story.Members, SampledMembers).ToList();
        var pairs = 0;
        var sharing = 0;
        for (var i = 0; i < sample.Count; i++)
        {
            for (var j = i + 1; j < sample.Count; j++)
            {
                var iNames = sample[i].NameTerms(frequencies);
                var jNames = sample[j].NameTerms(frequencies);
                if (iNames.IsEmpty || jNames.IsEmpty)
                {
                    continue;
                }
                pairs++;
                if (Holds(sample[j], iNames) || Holds(sample[i], jNames))
                {
                    sharing++;
                }
            }
        }
        return sharing * 2 >= pairs;
    }

    private static bool Holds(StoryMember member, ReadOnlySpan<int> terms)
    {
        foreach (var id in terms)
        {
            if (Array.BinarySearch(member.Terms.Keys, id) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool Short(StoryState a, StoryState b) => a.MostlyShort && b.MostlyShort;

    private static IEnumerable<StoryMember> Spread(IReadOnlyList<StoryMember> members, int count)
    {
        var step = Math.Max(1, (members.Count + count - 1) / count);
        for (var i = 0; i < members.Count; i += step)
        {
            yield return members[i];
        }
    }

    /// <summary>
    /// How far the event years disagree, from 0 to 1: the share of member pairs (one from each side) whose years differ,
    /// a pair where the later year is on the arriving side counting fully and the other way round counting
    /// <see cref="StoryClusteringOptions.EarlierYearConflict"/> (an article may mention past years, but a story's
    /// articles do not predate its event). 0 when either side has no dated member.
    /// </summary>
    private double YearConflict(StoryState arriving, StoryState story, bool excludeArriving)
    {
        var arrivingDated = arriving.DatedMembers;
        var storyDated = story.DatedMembers - (excludeArriving ? arrivingDated : 0);
        if (arrivingDated == 0 || storyDated == 0)
        {
            return 0;
        }
        var conflict = 0.0;
        foreach (var (year, count) in arriving.Years)
        {
            foreach (var (storyYear, storyYearCount) in story.Years)
            {
                var storyCount = storyYearCount - (excludeArriving && storyYear == year ? 1 : 0);
                var weight = year > storyYear ? 1 : year < storyYear ? options.EarlierYearConflict : 0;
                conflict += weight * count * storyCount;
            }
        }
        return conflict / ((double)arrivingDated * storyDated);
    }

    private static double? DaysApart(StoryState a, StoryState b)
    {
        if (a.First is not { } aFirst || a.Last is not { } aLast || b.First is not { } bFirst || b.Last is not { } bLast)
        {
            return null;
        }
        var gap = bFirst > aLast ? bFirst - aLast : aFirst > bLast ? aFirst - bLast : TimeSpan.Zero;
        return gap.TotalDays;
    }
}
