using Triangulate.Text;

namespace Triangulate.Stories;

/// <summary>
/// Online story clustering: each arriving article joins the story it fits best or founds a new one, and a bridging
/// article that fits two stories merges them when the stories also fit each other. Every
/// <see cref="StoryClusteringOptions.ConsolidateEvery"/> arrivals the stories that changed are consolidated: each member
/// moves to the story it now fits best, and stories that fit each other merge, so early decisions taken on little
/// evidence are revisited. Stories with no new article for a while retire from the in-memory index (they stay in
/// <see cref="Stories"/>), so memory follows the active stories.
/// </summary>
public sealed class StoryClusterer
{
    private const int MaxCandidates = 8;

    // Stories of short items added to a short item's candidates for being closest in meaning, whatever words they share.
    private const int MaxMeaningCandidates = 4;

    // A term shared by this many active stories no longer narrows the search (and would make lookups slow).
    private const int MaxStoriesPerKey = 512;
    private const int RetirementCheckInterval = 256;
    private const int MaxMergeRounds = 8;
    private const int MaxConsolidationRounds = 3;
    private const int MinMembersToSplit = 4;

    // Bounds on consolidation work per story, so a story with thousands of members costs no more than a large one.
    private const int MaxMembersToSplit = 256;
    private const int MaxMembersToReconsider = 128;
    private const int MaxMembersToCompare = 16;
    private const int MaxBridgedStories = 2;

    // The best candidate and the stories it may bridge.
    private const int LeadingCandidates = MaxBridgedStories + 1;
    private const int SplitRounds = 3;

    // A story is checked for a split again once it has grown by this factor, which keeps the checks linear in total; a
    // large story's centroid moves slowly, so past LargeStoryMembers it is checked only when it has doubled.
    private const double SplitCheckGrowth = 1.25;
    private const double LargeStorySplitCheckGrowth = 2;
    private const int LargeStoryMembers = 32;

    private readonly StoryClusteringOptions options;
    private readonly bool scoreEveryActiveStory;
    private readonly StoryFeatureExtractor extractor;
    private readonly StoryFrequencies frequencies;
    private readonly IReadOnlySet<string> countedInPrior;
    private readonly StoryScorer scorer;
    private readonly SortedDictionary<int, StoryState> active = [];
    private readonly SortedSet<int> changed = [];
    private readonly HashSet<string> pending = new(StringComparer.Ordinal);
    private readonly HashSet<int> young = [];
    private readonly HashSet<(int Older, int Younger)> failedBridges = [];
    private readonly StoryIndex index = new(MaxCandidates, MaxStoriesPerKey);
    private readonly List<(int Sequence, Story Story)> retired = [];

    // The summed vectors of the two halves a split check weighs, reused from check to check.
    private readonly StoryVectors firstHalf = new();
    private readonly StoryVectors secondHalf = new();

    private long arrivals;
    private int nextSequence;
    private DateTimeOffset? latestPublished;

    private static int meaningModelRequested;

    /// <param name="terms">The text layer's term function; <see cref="StoryTerms.Extract"/> when null.</param>
    /// <param name="firstSequence">The founding sequence of the first new story: a clusterer that carries on the stories
    /// of a store starts past every sequence the store has used, so story ids stay unique for the life of the store.</param>
    /// <param name="prior">The document frequencies of a stored corpus, so a small batch is weighed as the corpus weighs it.</param>
    /// <param name="countedInPrior">Articles the prior already counts (stored articles clustered again), not counted twice.</param>
    public StoryClusterer(StoryClusteringOptions? options = null, Func<string, IEnumerable<string>>? terms = null, int firstSequence = 0,
        StoryFrequencyTable? prior = null, IReadOnlySet<string>? countedInPrior = null)
        : this(options, terms, scoreEveryActiveStory: false, prior, countedInPrior) => nextSequence = firstSequence;

    /// <summary>The founding sequence the next new story will get.</summary>
    public int NextSequence => nextSequence;

    /// <param name="scoreEveryActiveStory">Score every active story, not only the candidates the index finds: slow, and
    /// there to check that the index changes no decision.</param>
    internal StoryClusterer(StoryClusteringOptions? options, Func<string, IEnumerable<string>>? terms, bool scoreEveryActiveStory,
        StoryFrequencyTable? prior = null, IReadOnlySet<string>? countedInPrior = null)
    {
        frequencies = new StoryFrequencies(prior ?? StoryFrequencyTable.Empty);
        this.countedInPrior = countedInPrior ?? new HashSet<string>();
        this.scoreEveryActiveStory = scoreEveryActiveStory;
        this.options = options ?? StoryClusteringOptions.Default;
        extractor = Extractor(this.options, terms);
        scorer = new StoryScorer(this.options, frequencies);
    }

    /// <summary>Every story so far, retired and active, in founding order (less those taken by <see cref="TakeRetired"/>).</summary>
    public IReadOnlyList<Story> Stories =>
        [.. retired.Concat(active.Values.Select(s => (s.Sequence, Story: Snapshot(s)))).OrderBy(s => s.Sequence).Select(s => s.Story)];

    /// <summary>The document frequencies of the articles clustered here since the last call that the prior did not count.</summary>
    public StoryFrequencyTable TakeObserved() => frequencies.TakeObserved();

    /// <summary>How many stories are in the in-memory index (not retired).</summary>
    public int ActiveStories => active.Count;

    /// <summary>Removes and returns the stories retired since the last call, in founding order: a long-running caller
    /// stores them, and the clusterer's memory then follows the active stories alone.</summary>
    public IReadOnlyList<Story> TakeRetired()
    {
        var taken = retired.OrderBy(s => s.Sequence).Select(s => s.Story).ToList();
        retired.Clear();
        return taken;
    }

    /// <summary>Clusters a batch: document frequencies come from the whole batch, articles arrive in time order
    /// (in the given order unless every article is dated), and the stories are consolidated at the end.</summary>
    public static IReadOnlyList<Story> Cluster(
        IReadOnlyList<Article> articles, StoryClusteringOptions? options = null, Func<string, IEnumerable<string>>? terms = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return new StoryClusterer(options, terms).Add(articles);
    }

    /// <summary>Adds a batch to the stories so far as <see cref="Cluster"/> clusters one (features read in parallel,
    /// document frequencies from the whole batch, time order, consolidation at the end); returns every story.</summary>
    /// <param name="arrived">Told how many articles of the batch have been placed, as they are.</param>
    public IReadOnlyList<Story> Add(IReadOnlyList<Article> articles, Action<long>? arrived = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return ClusterFeatures(articles.AsParallel().AsOrdered().Select(extractor.Extract).ToList(), arrived);
    }

    /// <summary>Adds one article and returns the decision taken for it.</summary>
    public StoryAssignment Add(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var member = frequencies.Member(extractor.Extract(article));
        Observe(member);
        return Add(member);
    }

    /// <summary>Clusters pre-extracted features as a batch (see <see cref="Cluster"/>); the threshold fitter reuses features.</summary>
    internal static IReadOnlyList<Story> Cluster(IReadOnlyList<StoryFeatures> features, StoryClusteringOptions options) =>
        new StoryClusterer(options).ClusterFeatures(features);

    private void Observe(StoryMember member)
    {
        if (!countedInPrior.Contains(member.ArticleId))
            frequencies.Observe(member);
    }

    /// <summary>
    /// Starts loading the sentence model in the background when the article is an item with no body, whose headline the
    /// clusterer will embed: loading takes seconds, and a caller that reads its articles before clustering them
    /// (ingest, say) then has it ready instead of holding the clustering up.
    /// </summary>
    public static void PrepareFor(Article article)
    {
        if (StoryFeatureExtractor.HasNoBody(article) && Interlocked.Exchange(ref meaningModelRequested, 1) == 0)
            _ = Task.Run(() => SentenceEmbedder.Shared);
    }

    internal static StoryFeatureExtractor Extractor(StoryClusteringOptions? options = null, Func<string, IEnumerable<string>>? terms = null) =>
        new(terms ?? StoryTerms.Extract, options ?? StoryClusteringOptions.Default, text => SentenceEmbedder.Shared.Embed(text));

    private IReadOnlyList<Story> ClusterFeatures(IReadOnlyList<StoryFeatures> features, Action<long>? arrived = null)
    {
        var members = features.Select(frequencies.Member).ToList();
        foreach (var member in members)
        {
            Observe(member);
        }
        var placed = 0L;
        foreach (var item in InTimeOrder(members))
        {
            Add(item);
            if (++placed % 256 == 0)
            {
                arrived?.Invoke(placed);
            }
        }
        arrived?.Invoke(placed);
        Consolidate(MaxConsolidationRounds);
        return Stories;
    }

    /// <summary>
    /// The batch in publication order. An undated article keeps its place after the dated article before it in the batch
    /// (before the first dated one when none precedes it): a crawl or a feed lists items near the ones published with
    /// them, and taking every undated page last would meet its story only after the story has retired.
    /// </summary>
    private static IEnumerable<StoryMember> InTimeOrder(List<StoryMember> members)
    {
        var keys = new DateTimeOffset[members.Count];
        var last = DateTimeOffset.MinValue;
        for (var i = 0; i < members.Count; i++)
        {
            last = members[i].Published ?? last;
            keys[i] = last;
        }
        return Enumerable.Range(0, members.Count).OrderBy(i => keys[i]).Select(i => members[i]);
    }

    private StoryAssignment Add(StoryMember member)
    {
        arrivals++;
        if (member.Published is { } published && (latestPublished is null || published > latestPublished))
        {
            latestPublished = published;
        }
        if (arrivals % RetirementCheckInterval == 0)
        {
            RetireIdle();
        }
        if (arrivals % options.ConsolidateEvery == 0)
        {
            Consolidate(rounds: 1);
        }

        pending.Add(member.ArticleId);
        var arriving = Singleton(member);
        var scored = Scored(arriving, options.JoinThreshold);
        if (scored.Count == 0 || scored[0].Score < options.JoinThreshold)
        {
            return Found(arriving, StoryDecision.Founded, scored.Count == 0 ? null : scored[0]);
        }

        var target = scored[0].Story;
        Join(target, member, arriving.IndexKeys, arrivals);
        var merged = new List<string>();
        foreach (var other in scored.Skip(1).Take(MaxBridgedStories).Where(c => c.Score >= options.JoinThreshold).Select(c => c.Story))
        {
            if (!failedBridges.Contains(Pair(target, other)) && BridgeMerges(target, other))
            {
                target = Merge(target, other, merged);
            }
        }
        var joined = new StoryAssignment(member.ArticleId, target.Id, StoryDecision.Joined, scored[0].Score, scored[0].Signals, merged);
        target.Record(joined);
        return joined;
    }

    /// <summary>Whether two stories an article fits both merge; a refusal is remembered until the next consolidation, as
    /// stories close to each other are bridged again by their next articles.</summary>
    private bool BridgeMerges(StoryState target, StoryState other)
    {
        if (scorer.Score(scorer.Signals(target, other)) >= options.MergeThreshold && MembersFitAcross(target, other))
        {
            return true;
        }
        failedBridges.Add(Pair(target, other));
        return false;
    }

    private static (int Older, int Younger) Pair(StoryState a, StoryState b) =>
        a.Sequence < b.Sequence ? (a.Sequence, b.Sequence) : (b.Sequence, a.Sequence);

    private StoryState Singleton(StoryMember member)
    {
        var story = new StoryState(nextSequence++, member, arrivals, frequencies);
        story.IndexKeys.UnionWith(TopTerms(member));
        return story;
    }

    private StoryAssignment Found(StoryState story, StoryDecision decision, (StoryState Story, StorySignals Signals, double Score)? best)
    {
        var founded = new StoryAssignment(story.Members[0].ArticleId, story.Id, decision, best?.Score ?? 0, best?.Signals, []);
        story.Record(founded);
        active.Add(story.Sequence, story);
        changed.Add(story.Sequence);
        young.Add(story.Sequence);
        index.Add(story, story.IndexKeys);
        return founded;
    }

    /// <summary>Adds an article to a story and indexes the story under the article's terms.</summary>
    private void Join(StoryState story, StoryMember member, IReadOnlyCollection<int> keys, long arrival)
    {
        story.Add(member, arrival);
        story.IndexKeys.UnionWith(keys);
        index.Add(story, keys);
        changed.Add(story.Sequence);
    }

    /// <summary>The older story absorbs the younger and keeps its id.</summary>
    private StoryState Merge(StoryState a, StoryState b, List<string> mergedIds)
    {
        var (older, younger) = a.Sequence < b.Sequence ? (a, b) : (b, a);
        index.Remove(younger);
        active.Remove(younger.Sequence);
        changed.Remove(younger.Sequence);
        young.Remove(younger.Sequence);
        older.Absorb(younger);
        index.Add(older, younger.IndexKeys);
        changed.Add(older.Sequence);
        mergedIds.Add(younger.Id);
        return older;
    }

    /// <summary>
    /// The candidate stories other than <paramref name="except"/> with their signals and scores, best first (ties to the
    /// older story). The member fit, the costly signal, is weighed only for the leading candidates that reach the
    /// <paramref name="threshold"/> of the decision at hand, as no decision looks further: a leader that fails it drops
    /// below every threshold, and the next one is weighed in its place.
    /// </summary>
    private List<(StoryState Story, StorySignals Signals, double Score)> Scored(StoryState arriving, double threshold, StoryState? except = null)
    {
        var candidates = Candidates(arriving);
        var scored = new List<(StoryState Story, StorySignals Signals, double Score)>(candidates.Count);
        foreach (var story in candidates)
        {
            if (story == except)
            {
                continue;
            }
            var signals = scorer.CentroidSignals(arriving, story);
            scored.Add((story, signals, scorer.Score(signals)));
        }
        scored.Sort(BestFirst);
        var settled = 0;
        for (var i = 0; i < scored.Count && settled < LeadingCandidates && scored[i].Score >= threshold;)
        {
            var (story, signals, score) = scored[i];
            var fitted = scorer.WithMemberFit(arriving, story, signals);
            var fittedScore = scorer.Score(fitted);
            if (fittedScore >= threshold)
            {
                scored[i] = (story, fitted, fittedScore);
                settled++;
                i++;
                continue;
            }
            scored.RemoveAt(i);
            scored.Add((story, fitted, fittedScore));
        }
        scored.Sort(BestFirst);
        return scored;
    }

    private static int BestFirst((StoryState Story, StorySignals Signals, double Score) a, (StoryState Story, StorySignals Signals, double Score) b) =>
        a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Story.Sequence.CompareTo(b.Story.Sequence);

    /// <summary>
    /// Revisits the stories that changed: splits a story holding two events, moves each newly arrived member to the story
    /// it fits best, merges young or reshaped stories with stories they fit, and lets lone articles join their best
    /// story. Repeats (up to <paramref name="rounds"/> times) while that reshapes stories; later rounds revisit every
    /// member of the reshaped stories.
    /// </summary>
    private void Consolidate(int rounds)
    {
        for (var round = 0; round < rounds && changed.Count > 0; round++)
        {
            var work = changed.ToList();
            changed.Clear();
            foreach (var sequence in work)
            {
                if (active.TryGetValue(sequence, out var story))
                {
                    SplitTwoEvents(story);
                    var members = round == 0 ? story.Members.Where(m => pending.Contains(m.ArticleId)) : story.Members;
                    foreach (var member in members.TakeLast(MaxMembersToReconsider).ToList())
                    {
                        Reconsider(story, member);
                    }
                }
            }
            var merging = young.Union(changed).Order().ToList();
            for (var merges = 0; merges < MaxMergeRounds && merging.Count > 0; merges++)
            {
                merging = MergeFitting(merging);
            }
            AdoptLoners(work.Union(changed).Order());
            young.Clear();
        }
        changed.Clear();
        pending.Clear();
        failedBridges.Clear();
    }

    /// <summary>
    /// Bisects a story (two-means seeded with its worst-fitting member and the member least like it) and splits it when
    /// the halves' members fit their own half clearly better than the other (the merge test fails): the founder's half
    /// keeps the story, the other half becomes a story founded by its earliest member.
    /// </summary>
    private void SplitTwoEvents(StoryState story)
    {
        if (story.Members.Count is < MinMembersToSplit or > MaxMembersToSplit
            || story.Members.Count < story.MembersAtSplitCheck * (story.MembersAtSplitCheck < LargeStoryMembers ? SplitCheckGrowth : LargeStorySplitCheckGrowth))
        {
            return;
        }
        story.MembersAtSplitCheck = story.Members.Count;
        var singles = story.Members.Select(m => new StoryState(-1, m, arrivals, frequencies)).ToList();
        var first = singles.MinBy(m => scorer.Score(scorer.MemberSignals(m, story)))!;
        var second = singles.Where(m => m != first).MinBy(m => scorer.Score(scorer.Signals(m, first)))!;
        var inFirst = singles.Select(m => m == first || (m != second && scorer.Score(scorer.Signals(m, first)) >= scorer.Score(scorer.Signals(m, second)))).ToArray();
        StoryState? a = null, b = null;
        var regrouped = true;
        for (var round = 0; round < SplitRounds && regrouped; round++)
        {
            (a, b) = (Group(singles, inFirst, true), Group(singles, inFirst, false));
            if (a is null || b is null)
            {
                return;
            }
            regrouped = false;
            for (var i = 0; i < singles.Count; i++)
            {
                var toA = inFirst[i] ? scorer.Score(scorer.MemberSignals(singles[i], a)) : scorer.Score(scorer.Signals(singles[i], a));
                var toB = inFirst[i] ? scorer.Score(scorer.Signals(singles[i], b)) : scorer.Score(scorer.MemberSignals(singles[i], b));
                regrouped |= inFirst[i] != toA >= toB;
                inFirst[i] = toA >= toB;
            }
        }
        if (regrouped)
        {
            (a, b) = (Group(singles, inFirst, true), Group(singles, inFirst, false));
        }
        var (kept, split) = inFirst[0] ? (a, b) : (b, a);
        if (kept is null || split is null || split.Members.Count < 2 || MembersFitAcross(kept, split))
        {
            return;
        }
        var moved = split.Members.ToList();
        foreach (var member in moved)
        {
            story.Remove(member);
        }
        var founded = Singleton(moved[0]);
        Found(founded, StoryDecision.Reassigned, null);
        foreach (var member in moved.Skip(1))
        {
            Join(founded, member, [.. TopTerms(member)], story.LastArrival);
            founded.Record(new StoryAssignment(member.ArticleId, founded.Id, StoryDecision.Reassigned, 0, null, []));
        }
    }

    /// <summary>The members on one side of a bisection, as a transient story summed into that side's scratch vectors.</summary>
    private StoryState? Group(List<StoryState> singles, bool[] inFirst, bool first)
    {
        var members = new List<StoryMember>();
        for (var i = 0; i < singles.Count; i++)
        {
            if (inFirst[i] == first)
            {
                members.Add(singles[i].Members[0]);
            }
        }
        return members.Count == 0 ? null : new StoryState(members, frequencies, first ? firstHalf : secondHalf);
    }

    private void Reconsider(StoryState story, StoryMember member)
    {
        if (story.Members.Count == 1 || !active.ContainsKey(story.Sequence))
        {
            return;
        }
        var single = Singleton(member);
        var own = scorer.Score(scorer.MemberSignals(single, story));
        var best = Scored(single, options.JoinThreshold, except: story).FirstOrDefault();
        if (own >= options.JoinThreshold && (best.Story is null || best.Score <= own))
        {
            return;
        }
        story.Remove(member);
        changed.Add(story.Sequence);
        if (best.Story is null || best.Score < options.JoinThreshold)
        {
            Found(single, StoryDecision.Reassigned, best.Story is null ? null : best);
            return;
        }
        Join(best.Story, member, single.IndexKeys, story.LastArrival);
        best.Story.Record(new StoryAssignment(member.ArticleId, best.Story.Id, StoryDecision.Reassigned, best.Score, best.Signals, []));
    }

    /// <summary>One round of merging stories with candidates whose centroids reach the merge threshold; returns the survivors.</summary>
    private List<int> MergeFitting(IEnumerable<int> sequences)
    {
        var survivors = new List<int>();
        foreach (var sequence in sequences)
        {
            if (!active.TryGetValue(sequence, out var story))
            {
                continue;
            }
            var best = Scored(story, options.MergeThreshold, except: story).FirstOrDefault();
            if (best.Story is null || best.Score < options.MergeThreshold || !MembersFitAcross(story, best.Story))
            {
                continue;
            }
            survivors.Add(Merge(story, best.Story, []).Sequence);
        }
        return survivors;
    }

    /// <summary>
    /// Whether the members of the smaller story fit the larger one nearly as well as they fit their own story: two
    /// similar events (same actors, same kind of event) have close centroids, but each one's articles fit it better.
    /// </summary>
    private bool MembersFitAcross(StoryState a, StoryState b)
    {
        var (smaller, larger) = a.Members.Count <= b.Members.Count ? (a, b) : (b, a);
        if (smaller.Members.Count == 1)
        {
            return true;
        }
        double across = 0, own = 0;
        var step = Math.Max(1, smaller.Members.Count / MaxMembersToCompare);
        for (var i = 0; i < smaller.Members.Count; i += step)
        {
            var single = new StoryState(-1, smaller.Members[i], arrivals, frequencies);
            across += scorer.Score(scorer.Signals(single, larger));
            own += scorer.Score(scorer.MemberSignals(single, smaller));
        }
        return across >= options.MergeFitRatio * own;
    }

    /// <summary>Changed stories of one article join their best story when it scores at least the adopt threshold.</summary>
    private void AdoptLoners(IEnumerable<int> sequences)
    {
        foreach (var sequence in sequences)
        {
            if (!active.TryGetValue(sequence, out var loner) || loner.Members.Count != 1)
            {
                continue;
            }
            var best = Scored(loner, options.AdoptThreshold, except: loner).FirstOrDefault();
            if (best.Story is null || best.Score < options.AdoptThreshold)
            {
                continue;
            }
            index.Remove(loner);
            active.Remove(loner.Sequence);
            var member = loner.Members[0];
            Join(best.Story, member, loner.IndexKeys, loner.LastArrival);
            best.Story.Record(new StoryAssignment(member.ArticleId, best.Story.Id, StoryDecision.Reassigned, best.Score, best.Signals, []));
        }
    }

    /// <summary>The article's terms with the highest TF-IDF weight (ties to the ordinally first term).</summary>
    private int[] TopTerms(StoryMember member)
    {
        var terms = member.Terms;
        var order = new int[terms.Count];
        var weights = new double[terms.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            weights[i] = terms.Values[i] * frequencies.Terms.Idf(terms.Keys[i]);
        }
        Array.Sort(order, (a, b) => weights[a] != weights[b]
            ? weights[b].CompareTo(weights[a])
            : string.CompareOrdinal(frequencies.Terms.Key(terms.Keys[a]), frequencies.Terms.Key(terms.Keys[b])));
        var top = new int[Math.Min(order.Length, options.IndexTermsPerArticle)];
        for (var i = 0; i < top.Length; i++)
        {
            top[i] = terms.Keys[order[i]];
        }
        return top;
    }

    /// <summary>The active stories sharing the most index terms with an arriving article (or with a story's top terms),
    /// or with <see cref="scoreEveryActiveStory"/> every active story; in founding order.</summary>
    private List<StoryState> Candidates(StoryState arriving)
    {
        if (scoreEveryActiveStory)
        {
            return [.. active.Values];
        }
        var candidates = index.Candidates(arriving.Members.Count == 1 ? arriving.IndexKeys : arriving.TopKeys(options.IndexTermsPerArticle * 2));
        if (arriving.Members.Count == 1 && arriving.Members[0].Meaning is not null)
        {
            AddClosestInMeaning(arriving, candidates);
        }
        return candidates;
    }

    /// <summary>
    /// Adds to a short item's candidates the active stories of short items closest to it in meaning: a paraphrased
    /// headline may share no word with its story's headlines, and the term index cannot find it then.
    /// </summary>
    private void AddClosestInMeaning(StoryState arriving, List<StoryState> candidates)
    {
        var closest = new PriorityQueue<StoryState, double>(MaxMeaningCandidates + 1);
        foreach (var story in active.Values)
        {
            if (story.MostlyShort && arriving.MeaningAgainst(story) is { } meaning)
            {
                closest.Enqueue(story, meaning);
                if (closest.Count > MaxMeaningCandidates)
                {
                    closest.Dequeue();
                }
            }
        }
        var known = candidates.ToHashSet();
        candidates.AddRange(closest.UnorderedItems.Select(item => item.Element).Where(known.Add));
        candidates.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
    }

    private void RetireIdle()
    {
        var cutoff = latestPublished - options.RetirementWindow;
        var idle = active.Values
            .Where(s => arrivals - s.LastArrival > options.RetireAfterArticles || (cutoff is { } c && s.Last is { } last && last < c))
            .ToList();
        foreach (var story in idle)
        {
            index.Remove(story);
            active.Remove(story.Sequence);
            changed.Remove(story.Sequence);
            retired.Add((story.Sequence, Snapshot(story)));
            foreach (var member in story.Members)
            {
                frequencies.Release(member);
            }
        }
    }

    /// <summary>The story as a record; its title is the headline of the member closest to the centroid.</summary>
    private Story Snapshot(StoryState story)
    {
        var norms = story.SquaredNorms();
        var title = story.Members
            .Where(m => !string.IsNullOrWhiteSpace(m.Title))
            .Select(m => (m.Title, Similarity: WeightedVectors.Cosine(
                WeightedVectors.Dot(m.IdfSquaredWeighted(frequencies).Terms, story.Terms),
                WeightedVectors.SquaredNorm(m.Terms, frequencies.Terms), norms.Terms)))
            .OrderByDescending(m => m.Similarity)
            .Select(m => m.Title)
            .FirstOrDefault() ?? "";
        return new Story(
            story.Id, title, story.First, story.Last,
            [.. story.Members.Select(m => m.ArticleId)],
            [.. story.Members.Select(m => m.Outlet).OfType<string>().Distinct(StringComparer.Ordinal)],
            story.Decisions);
    }
}
