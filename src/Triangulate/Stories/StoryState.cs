using Triangulate.Text;

namespace Triangulate.Stories;

/// <summary>A story while it is in the clusterer's in-memory index: summed member vectors, year counts, time span.</summary>
internal sealed class StoryState
{
    private readonly List<StoryMember> members = [];
    private readonly List<StoryAssignment> decisions = [];
    private readonly Dictionary<int, int> years = [];
    private readonly StoryFrequencies frequencies;
    private readonly string founderId;
    private string? id;
    private (int Documents, double Terms, double Actors, double Numbers)? norms;

    // Built when a second member joins or a caller needs them: a story of one (each arriving article, and each member
    // weighed during consolidation) is compared through its member's own vectors.
    private StoryVectors? sums;

    public StoryState(int sequence, StoryMember founder, long arrival, StoryFrequencies frequencies)
    {
        this.frequencies = frequencies;
        Sequence = sequence;
        founderId = founder.ArticleId;
        Add(founder, arrival);
    }

    /// <summary>
    /// A transient story of <paramref name="members"/> (sequence −1) summed into <paramref name="scratch"/>, which is
    /// cleared first: the split check builds many such groups, and reusing their large dictionaries spares the
    /// allocations (and the collections of the large object heap they would cause).
    /// </summary>
    public StoryState(IReadOnlyList<StoryMember> members, StoryFrequencies frequencies, StoryVectors scratch)
    {
        this.frequencies = frequencies;
        Sequence = -1;
        founderId = members[0].ArticleId;
        scratch.Clear();
        sums = scratch;
        foreach (var member in members)
        {
            Add(member, 0);
        }
    }

    /// <summary>Founding order: the older of two merged stories keeps its id.</summary>
    public int Sequence { get; }

    /// <summary>"story-" and the hash of the founding article's id with the founding sequence, unique for the life of a
    /// clusterer (an article that founded a story, left it and founds another gets another id); computed on first use,
    /// as most stories of one are transient, built only to be compared. A story restored from a store keeps its stored id.</summary>
    public string Id
    {
        get => id ??= "story-" + XxHash64.HexHash(founderId + "#" + Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        init => id = value;
    }

    public Dictionary<int, double> Terms => Sums().Terms;

    public Dictionary<int, double> Actors => Sums().Actors;

    public Dictionary<int, double> Numbers => Sums().Numbers;

    public IReadOnlyList<StoryMember> Members => members;

    /// <summary>How many members have a sentence embedding (short items).</summary>
    public int MeaningMembers => sums is null && members.Count == 1 ? (members[0].Meaning is null ? 0 : 1) : Sums().MeaningMembers;

    /// <summary>
    /// The mean cosine of the sentence embeddings over every pair of members, one from each side (with
    /// <paramref name="withoutMember"/>, this story being a member of <paramref name="other"/>, which then counts without
    /// it); null when either side has no embedding. The embeddings are unit vectors, so the mean over pairs is the dot
    /// product of the two sums over the number of pairs: average-link agreement at the cost of one dot product.
    /// </summary>
    public double? MeaningAgainst(StoryState other, bool withoutMember = false)
    {
        var own = MeaningMembers;
        var others = other.MeaningMembers - (withoutMember ? own : 0);
        if (own == 0 || others <= 0)
        {
            return null;
        }
        var dot = 0.0;
        if (sums is null && members.Count == 1)
        {
            var meaning = members[0].Meaning!;
            if (other.sums is null && other.members.Count == 1)
            {
                for (var i = 0; i < meaning.Length; i++)
                {
                    dot += meaning[i] * other.members[0].Meaning![i];
                }
                return dot;
            }
            var sum = other.Sums().Meaning!;
            for (var i = 0; i < meaning.Length; i++)
            {
                dot += meaning[i] * (sum[i] - (withoutMember ? meaning[i] : 0));
            }
            return dot / others;
        }
        var (a, b) = (Sums().Meaning!, other.Sums().Meaning!);
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * (b[i] - (withoutMember ? a[i] : 0));
        }
        return dot / ((double)own * others);
    }

    /// <summary>How many distinct figures the members state, together.</summary>
    public int DistinctNumbers => sums is null && members.Count == 1 ? members[0].Numbers.Count : Numbers.Count;

    public IReadOnlyList<StoryAssignment> Decisions => decisions;

    /// <summary>Event year → number of members with that year (the dictionary itself, so that enumerating it in every
    /// comparison allocates nothing).</summary>
    public Dictionary<int, int> Years => years;

    public int DatedMembers { get; private set; }

    /// <summary>How many members are short items (a headline, or a headline and a sentence).</summary>
    public int ShortMembers { get; private set; }

    /// <summary>Whether most members are short items.</summary>
    public bool MostlyShort => ShortMembers * 2 > members.Count;

    public DateTimeOffset? First { get; private set; }

    public DateTimeOffset? Last { get; private set; }

    public long LastArrival { get; private set; }

    /// <summary>The member count when the story was last checked for holding two events.</summary>
    public int MembersAtSplitCheck { get; set; }

    /// <summary>The terms under which the story is indexed for candidate lookup.</summary>
    public HashSet<int> IndexKeys { get; } = [];

    /// <summary>The <see cref="StoryIndex"/> lookup that last counted this story's shared keys.</summary>
    public int Lookup { get; set; }

    /// <summary>How many of the looked-up keys the story is filed under, as counted by lookup <see cref="Lookup"/>.</summary>
    public int SharedKeys { get; set; }

    public void Record(StoryAssignment decision) => decisions.Add(decision);

    /// <summary>Squared IDF-weighted norms of the three vectors, recomputed when the story or the frequencies moved on.</summary>
    public (double Terms, double Actors, double Numbers) SquaredNorms()
    {
        if (norms is not { } cached || frequencies.Documents > cached.Documents * 1.1)
        {
            cached = sums is null && members.Count == 1
                ? (frequencies.Documents,
                    WeightedVectors.SquaredNorm(members[0].Terms, frequencies.Terms),
                    WeightedVectors.SquaredNorm(members[0].Actors, frequencies.Actors),
                    WeightedVectors.SquaredNorm(members[0].Numbers, frequencies.Numbers))
                : (frequencies.Documents,
                    WeightedVectors.SquaredNorm(Terms, frequencies.Terms),
                    WeightedVectors.SquaredNorm(Actors, frequencies.Actors),
                    WeightedVectors.SquaredNorm(Numbers, frequencies.Numbers));
            norms = cached;
        }
        return (cached.Terms, cached.Actors, cached.Numbers);
    }

    /// <summary>Adds one article's vectors and year.</summary>
    public void Add(StoryMember member, long arrival)
    {
        if (members.Count > 0 || sums is not null)
        {
            var sum = Sums();
            UpdateNorms(sum, member, 1);
            sum.Add(member, 1);
        }
        if (member.EventYear is { } year)
        {
            years[year] = years.GetValueOrDefault(year) + 1;
            DatedMembers++;
        }
        ShortMembers += member.Short ? 1 : 0;
        members.Add(member);
        First = Earliest(First, member.Published);
        Last = Latest(Last, member.Published);
        LastArrival = Math.Max(LastArrival, arrival);
    }

    /// <summary>Takes an article out again, with the decision that brought it in.</summary>
    public StoryAssignment? Remove(StoryMember member)
    {
        var position = members.IndexOf(member);
        if (position < 0)
        {
            return null;
        }
        var sum = Sums();
        members.RemoveAt(position);
        ShortMembers -= member.Short ? 1 : 0;
        UpdateNorms(sum, member, -1);
        sum.Add(member, -1);
        if (member.EventYear is { } year)
        {
            DatedMembers--;
            if (--years[year] == 0)
            {
                years.Remove(year);
            }
        }
        First = members.Min(m => m.Published);
        Last = members.Max(m => m.Published);
        var index = decisions.FindIndex(d => d.ArticleId == member.ArticleId);
        if (index < 0)
        {
            return null;
        }
        var decision = decisions[index];
        decisions.RemoveAt(index);
        return decision;
    }

    /// <summary>The terms with the highest TF-IDF weight in the summed vector.</summary>
    public IEnumerable<int> TopKeys(int count)
    {
        var top = new PriorityQueue<int, double>(count + 1);
        foreach (var (key, value) in Terms)
        {
            top.Enqueue(key, value * frequencies.Terms.Idf(key));
            if (top.Count > count)
            {
                top.Dequeue();
            }
        }
        return top.UnorderedItems.Select(item => item.Element);
    }

    /// <summary>Takes in every member, vector, year and decision of another story.</summary>
    public void Absorb(StoryState other)
    {
        Sums().Add(other.Sums());
        foreach (var (year, count) in other.years)
        {
            years[year] = years.GetValueOrDefault(year) + count;
        }
        DatedMembers += other.DatedMembers;
        ShortMembers += other.ShortMembers;
        members.AddRange(other.members);
        decisions.AddRange(other.decisions);
        IndexKeys.UnionWith(other.IndexKeys);
        First = Earliest(First, other.First);
        Last = Latest(Last, other.Last);
        LastArrival = Math.Max(LastArrival, other.LastArrival);
        norms = null;
    }

    /// <summary>The summed vectors, built from the members on first need.</summary>
    private StoryVectors Sums()
    {
        if (sums is null)
        {
            sums = new StoryVectors();
            foreach (var member in members)
            {
                sums.Add(member, 1);
            }
        }
        return sums;
    }

    /// <summary>Keeps cached norms current as one member comes or goes: |C ± m|² = |C|² ± 2 C·m + |m|².</summary>
    private void UpdateNorms(StoryVectors sum, StoryMember member, int sign)
    {
        if (norms is { } cached)
        {
            norms = (cached.Documents,
                cached.Terms + NormChange(sum.Terms, member.Terms, sign, frequencies.Terms),
                cached.Actors + NormChange(sum.Actors, member.Actors, sign, frequencies.Actors),
                cached.Numbers + NormChange(sum.Numbers, member.Numbers, sign, frequencies.Numbers));
        }
    }

    private static double NormChange(Dictionary<int, double> sum, SparseVector member, int sign, DocumentFrequencies frequencies)
    {
        var change = 0.0;
        for (var i = 0; i < member.Keys.Length; i++)
        {
            var (key, value) = (member.Keys[i], member.Values[i]);
            var idf = frequencies.Idf(key);
            change += (2 * sign * sum.GetValueOrDefault(key) * value + value * value) * idf * idf;
        }
        return change;
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a > b ? a : b;
}
