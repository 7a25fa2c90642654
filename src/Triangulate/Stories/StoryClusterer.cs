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
    private const int MaxCandidates = 32;
    private const int RetirementCheckInterval = 256;
    private const int MaxMergeRounds = 8;
    private const int MaxConsolidationRounds = 3;
    private const int MinMembersToSplit = 4;
    private const int SplitRounds = 3;

    private readonly StoryClusteringOptions options;
    private readonly StoryFeatureExtractor extractor;
    private readonly StoryFrequencies frequencies = new();
    private readonly StoryScorer scorer;
    private readonly SortedDictionary<int, StoryState> active = [];
    private readonly SortedSet<int> changed = [];
    private readonly Dictionary<string, HashSet<int>> index = new(StringComparer.Ordinal);
    private readonly List<(int Sequence, Story Story)> retired = [];
    private long arrivals;
    private int nextSequence;
    private DateTimeOffset? latestPublished;

    /// <param name="terms">The text layer's term function; <see cref="StoryTerms.Extract"/> when null.</param>
    public StoryClusterer(StoryClusteringOptions? options = null, Func<string, IEnumerable<string>>? terms = null)
    {
        this.options = options ?? StoryClusteringOptions.Default;
        extractor = new StoryFeatureExtractor(terms ?? StoryTerms.Extract, this.options);
        scorer = new StoryScorer(this.options, frequencies);
    }

    /// <summary>Every story so far, retired and active, in founding order.</summary>
    public IReadOnlyList<Story> Stories =>
        [.. retired.Concat(active.Values.Select(s => (s.Sequence, Story: Snapshot(s)))).OrderBy(s => s.Sequence).Select(s => s.Story)];

    /// <summary>Clusters a batch: document frequencies come from the whole batch, articles arrive in time order
    /// (in the given order unless every article is dated), and the stories are consolidated at the end.</summary>
    public static IReadOnlyList<Story> Cluster(
        IReadOnlyList<Article> articles, StoryClusteringOptions? options = null, Func<string, IEnumerable<string>>? terms = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var clusterer = new StoryClusterer(options, terms);
        return clusterer.ClusterFeatures([.. articles.Select(clusterer.extractor.Extract)]);
    }

    /// <summary>Adds one article and returns the decision taken for it.</summary>
    public StoryAssignment Add(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var features = extractor.Extract(article);
        frequencies.Observe(features);
        return Add(features);
    }

    /// <summary>Clusters pre-extracted features as a batch (see <see cref="Cluster"/>); the threshold fitter reuses features.</summary>
    internal static IReadOnlyList<Story> Cluster(IReadOnlyList<StoryFeatures> features, StoryClusteringOptions options) =>
        new StoryClusterer(options).ClusterFeatures(features);

    internal static StoryFeatureExtractor Extractor(StoryClusteringOptions? options = null) =>
        new(StoryTerms.Extract, options ?? StoryClusteringOptions.Default);

    private IReadOnlyList<Story> ClusterFeatures(IReadOnlyList<StoryFeatures> features)
    {
        foreach (var item in features)
        {
            frequencies.Observe(item);
        }
        var ordered = features.All(f => f.Published is not null) ? features.OrderBy(f => f.Published) : features.AsEnumerable();
        foreach (var item in ordered)
        {
            Add(item);
        }
        Consolidate();
        return Stories;
    }

    private StoryAssignment Add(StoryFeatures features)
    {
        arrivals++;
        if (features.Published is { } published && (latestPublished is null || published > latestPublished))
        {
            latestPublished = published;
        }
        if (arrivals % RetirementCheckInterval == 0)
        {
            RetireIdle();
        }
        if (arrivals % options.ConsolidateEvery == 0)
        {
            Consolidate();
        }

        var arriving = Singleton(features);
        var scored = Scored(arriving);
        if (scored.Count == 0 || scored[0].Score < options.JoinThreshold)
        {
            return Found(arriving, StoryDecision.Founded, scored.Count == 0 ? null : scored[0]);
        }

        var target = scored[0].Story;
        Unindex(target);
        target.Absorb(arriving);
        var merged = new List<string>();
        foreach (var other in scored.Skip(1).Where(c => c.Score >= options.JoinThreshold).Select(c => c.Story))
        {
            if (scorer.Score(scorer.Signals(target, other)) >= options.MergeThreshold && MembersFitAcross(target, other))
            {
                Unindex(other);
                target = Merge(target, other, merged);
            }
        }
        var joined = new StoryAssignment(features.ArticleId, target.Id, StoryDecision.Joined, scored[0].Score, scored[0].Signals, merged);
        target.Record(joined);
        IndexUnder(target, target.IndexKeys);
        return joined;
    }

    private StoryState Singleton(StoryFeatures features)
    {
        var story = new StoryState(nextSequence++, features, arrivals);
        story.IndexKeys.UnionWith(TopTerms(features));
        return story;
    }

    private StoryAssignment Found(StoryState story, StoryDecision decision, (StoryState Story, StorySignals Signals, double Score)? best)
    {
        var founded = new StoryAssignment(story.Members[0].ArticleId, story.Id, decision, best?.Score ?? 0, best?.Signals, []);
        story.Record(founded);
        active.Add(story.Sequence, story);
        changed.Add(story.Sequence);
        IndexUnder(story, story.IndexKeys);
        return founded;
    }

    /// <summary>The older story absorbs the younger and keeps its id; both must be out of the index.</summary>
    private StoryState Merge(StoryState a, StoryState b, List<string> mergedIds)
    {
        active.Remove(a.Sequence);
        active.Remove(b.Sequence);
        changed.Remove(a.Sequence);
        changed.Remove(b.Sequence);
        var (older, younger) = a.Sequence < b.Sequence ? (a, b) : (b, a);
        older.Absorb(younger);
        active[older.Sequence] = older;
        changed.Add(older.Sequence);
        mergedIds.Add(younger.Id);
        return older;
    }

    private List<(StoryState Story, StorySignals Signals, double Score)> Scored(StoryState arriving) =>
        Candidates(arriving)
            .Select(story => (Story: story, Signals: scorer.Signals(arriving, story)))
            .Select(c => (c.Story, c.Signals, Score: scorer.Score(c.Signals)))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Story.Sequence)
            .ToList();

    /// <summary>
    /// Revisits the stories that changed: splits a story holding two events, moves each member to the story it fits
    /// best, merges stories that fit each other and lets lone articles join their best story; repeats while that
    /// changes stories, up to <see cref="MaxConsolidationRounds"/> times.
    /// </summary>
    private void Consolidate()
    {
        for (var round = 0; round < MaxConsolidationRounds && changed.Count > 0; round++)
        {
            var work = changed.ToList();
            changed.Clear();
            foreach (var sequence in work)
            {
                if (active.TryGetValue(sequence, out var story))
                {
                    SplitTwoEvents(story);
                    foreach (var member in story.Members.ToList())
                    {
                        Reconsider(story, member);
                    }
                }
            }
            var touched = work.Union(changed).Order().ToList();
            for (var merges = 0; merges < MaxMergeRounds && MergeFitting(touched); merges++)
            {
            }
            AdoptLoners(touched);
        }
        changed.Clear();
    }

    /// <summary>
    /// Bisects a story (two-means seeded with its worst-fitting member and the member least like it) and splits it when
    /// the halves' members fit their own half clearly better than the other (the merge test fails): the founder's half
    /// keeps the story, the other half becomes a story founded by its earliest member.
    /// </summary>
    private void SplitTwoEvents(StoryState story)
    {
        if (story.Members.Count < MinMembersToSplit)
        {
            return;
        }
        var singles = story.Members.Select(m => new StoryState(-1, m, arrivals)).ToList();
        var first = singles.MinBy(m => scorer.Score(scorer.MemberSignals(m, story)))!;
        var second = singles.Where(m => m != first).MinBy(m => scorer.Score(scorer.Signals(m, first)))!;
        var inFirst = singles.Select(m => m == first || (m != second && scorer.Score(scorer.Signals(m, first)) >= scorer.Score(scorer.Signals(m, second)))).ToArray();
        for (var round = 0; round < SplitRounds; round++)
        {
            var (a, b) = (Group(singles, inFirst, true), Group(singles, inFirst, false));
            if (a is null || b is null)
            {
                return;
            }
            for (var i = 0; i < singles.Count; i++)
            {
                var toA = inFirst[i] ? scorer.Score(scorer.MemberSignals(singles[i], a)) : scorer.Score(scorer.Signals(singles[i], a));
                var toB = inFirst[i] ? scorer.Score(scorer.Signals(singles[i], b)) : scorer.Score(scorer.MemberSignals(singles[i], b));
                inFirst[i] = toA >= toB;
            }
        }
        var (kept, split) = inFirst[0] ? (Group(singles, inFirst, true), Group(singles, inFirst, false)) : (Group(singles, inFirst, false), Group(singles, inFirst, true));
        if (kept is null || split is null || split.Members.Count < 2 || MembersFitAcross(kept, split))
        {
            return;
        }
        Unindex(story);
        var moved = split.Members.ToList();
        foreach (var member in moved)
        {
            story.Remove(member);
        }
        IndexUnder(story, story.IndexKeys);
        var founded = Singleton(moved[0]);
        Found(founded, StoryDecision.Reassigned, null);
        Unindex(founded);
        foreach (var member in moved.Skip(1))
        {
            founded.Add(member, arrivals);
            founded.IndexKeys.UnionWith(TopTerms(member));
            founded.Record(new StoryAssignment(member.ArticleId, founded.Id, StoryDecision.Reassigned, 0, null, []));
        }
        IndexUnder(founded, founded.IndexKeys);
    }

    private static StoryState? Group(List<StoryState> singles, bool[] inFirst, bool first)
    {
        StoryState? group = null;
        for (var i = 0; i < singles.Count; i++)
        {
            if (inFirst[i] != first)
            {
                continue;
            }
            if (group is null)
            {
                group = new StoryState(-1, singles[i].Members[0], 0);
            }
            else
            {
                group.Add(singles[i].Members[0], 0);
            }
        }
        return group;
    }

    private void Reconsider(StoryState story, StoryFeatures member)
    {
        if (story.Members.Count == 1 || !active.ContainsKey(story.Sequence))
        {
            return;
        }
        var single = Singleton(member);
        var own = scorer.Score(scorer.MemberSignals(single, story));
        var best = Scored(single).FirstOrDefault(c => c.Story != story);
        if (own >= options.JoinThreshold && (best.Story is null || best.Score <= own))
        {
            return;
        }
        Unindex(story);
        story.Remove(member);
        IndexUnder(story, story.IndexKeys);
        changed.Add(story.Sequence);
        if (best.Story is null || best.Score < options.JoinThreshold)
        {
            Found(single, StoryDecision.Reassigned, best.Story is null ? null : best);
            return;
        }
        Unindex(best.Story);
        best.Story.Absorb(single);
        best.Story.Record(new StoryAssignment(member.ArticleId, best.Story.Id, StoryDecision.Reassigned, best.Score, best.Signals, []));
        IndexUnder(best.Story, best.Story.IndexKeys);
        changed.Add(best.Story.Sequence);
    }

    /// <summary>One round of merging changed stories with candidates whose centroids reach the merge threshold.</summary>
    private bool MergeFitting(IEnumerable<int> sequences)
    {
        var mergedAny = false;
        foreach (var sequence in sequences)
        {
            if (!active.TryGetValue(sequence, out var story))
            {
                continue;
            }
            var best = Scored(story).Where(c => c.Story != story).FirstOrDefault();
            if (best.Story is null || best.Score < options.MergeThreshold || !MembersFitAcross(story, best.Story))
            {
                continue;
            }
            Unindex(story);
            Unindex(best.Story);
            var survivor = Merge(story, best.Story, []);
            IndexUnder(survivor, survivor.IndexKeys);
            mergedAny = true;
        }
        return mergedAny;
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
        foreach (var member in smaller.Members)
        {
            var single = new StoryState(-1, member, arrivals);
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
            var best = Scored(loner).Where(c => c.Story != loner).FirstOrDefault();
            if (best.Story is null || best.Score < options.AdoptThreshold)
            {
                continue;
            }
            Unindex(loner);
            Unindex(best.Story);
            active.Remove(loner.Sequence);
            var member = loner.Members[0];
            best.Story.Add(member, loner.LastArrival);
            best.Story.IndexKeys.UnionWith(loner.IndexKeys);
            best.Story.Record(new StoryAssignment(member.ArticleId, best.Story.Id, StoryDecision.Reassigned, best.Score, best.Signals, []));
            IndexUnder(best.Story, best.Story.IndexKeys);
        }
    }

    private IEnumerable<string> TopTerms(StoryFeatures features) =>
        features.Terms
            .Select(t => (Term: t.Key, Weight: t.Value * frequencies.Terms.Idf(t.Key)))
            .OrderByDescending(t => t.Weight).ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(options.IndexTermsPerArticle)
            .Select(t => t.Term);

    /// <summary>Active stories sharing the most index terms with the arriving article.</summary>
    private IEnumerable<StoryState> Candidates(StoryState arriving)
    {
        var hits = new Dictionary<int, int>();
        foreach (var key in arriving.IndexKeys)
        {
            if (index.TryGetValue(key, out var stories))
            {
                foreach (var sequence in stories)
                {
                    hits[sequence] = hits.GetValueOrDefault(sequence) + 1;
                }
            }
        }
        return hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key).Take(MaxCandidates).Select(h => active[h.Key]);
    }

    private void IndexUnder(StoryState story, IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (!index.TryGetValue(key, out var stories))
            {
                index[key] = stories = [];
            }
            stories.Add(story.Sequence);
        }
    }

    private void Unindex(StoryState story)
    {
        foreach (var key in story.IndexKeys)
        {
            if (index.TryGetValue(key, out var stories) && stories.Remove(story.Sequence) && stories.Count == 0)
            {
                index.Remove(key);
            }
        }
    }

    private void RetireIdle()
    {
        var cutoff = latestPublished - options.RetirementWindow;
        var idle = active.Values
            .Where(s => arrivals - s.LastArrival > options.RetireAfterArticles || (cutoff is { } c && s.Last is { } last && last < c))
            .ToList();
        foreach (var story in idle)
        {
            Unindex(story);
            active.Remove(story.Sequence);
            changed.Remove(story.Sequence);
            retired.Add((story.Sequence, Snapshot(story)));
        }
    }

    /// <summary>The story as a record; its title is the headline of the member closest to the centroid.</summary>
    private Story Snapshot(StoryState story)
    {
        var norms = story.SquaredNorms(frequencies);
        var title = story.Members
            .Select(m => (m.Title, Similarity: WeightedVectors.Cosine(
                m.Terms, WeightedVectors.SquaredNorm(m.Terms, frequencies.Terms), story.Terms, norms.Terms, frequencies.Terms)))
            .Where(m => !string.IsNullOrWhiteSpace(m.Title))
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
