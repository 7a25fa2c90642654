using System.Collections.Concurrent;
using Triangulate.Facts;
using Triangulate.Reports;
using Triangulate.Reuse;
using Triangulate.Stories;
using Triangulate.Text;

namespace Triangulate.Analysis;

/// <summary>
/// The incremental pipeline: takes new articles and updates the stories, the provenance groups, the actors and the
/// claims of everything it has seen. It holds the state the stages keep between batches (the story clusterer, the
/// reuse index and provenance groups, each article's facts), so a batch costs its own work, not the corpus's.
/// Within a pass the stages run as soon as their inputs exist: story clustering, which needs no facts, runs on a thread
/// of its own beside the sentence facts (read on every core) and then beside reuse detection, which needs no stories.
/// </summary>
public sealed class CorpusAnalysis
{
    /// <summary>The version of the analysis a store's results come from; a store written by another version is analysed again.</summary>
    public const int Version = 6;

    private readonly StoryClusterer _clusterer;
    private readonly ProvenanceAnalyzer _provenance = new();
    private readonly Dictionary<string, Article> _articles = new(StringComparer.Ordinal);
    private readonly List<ArticleFacts> _facts = [];
    private readonly HashSet<string> _liveStories = new(StringComparer.Ordinal);
    private readonly StoryFacts _storyFacts = new();
    private readonly Dictionary<string, string> _storyOf;

    /// <param name="firstStorySequence">Past every story sequence the store has used, so new story ids are new.</param>
    /// <param name="storedStoryOf">The stored story of each stored article this analysis will see again: those stories
    /// keep their ids (<see cref="StoryLineage"/>).</param>
    /// <param name="storedFrequencies">The store's story document frequencies, which count the stored articles.</param>
    public CorpusAnalysis(StoryClusteringOptions? storyOptions = null, int firstStorySequence = 0, IReadOnlyDictionary<string, string>? storedStoryOf = null,
        StoryFrequencyTable? storedFrequencies = null)
    {
        _clusterer = new StoryClusterer(storyOptions, firstSequence: firstStorySequence, prior: storedFrequencies,
            countedInPrior: storedFrequencies is null ? null : storedStoryOf?.Keys.ToHashSet(StringComparer.Ordinal));
        _storyOf = storedStoryOf is null ? new(StringComparer.Ordinal) : new(storedStoryOf, StringComparer.Ordinal);
        _liveStories.UnionWith(_storyOf.Values);
    }

    /// <summary>Facts of articles read before they came (<see cref="FactsPrefetch"/>), by article id.</summary>
    internal IReadOnlyDictionary<string, ArticleFacts>? ReadAhead { get; init; }

    /// <summary>Time spent in each stage over every pass.</summary>
    public StageTimings Timings { get; } = new();

    /// <summary>How many articles the analysis holds.</summary>
    public int Count => _articles.Count;

    /// <summary>Analyses a batch of new articles (any already seen are ignored) and returns what changed.</summary>
    public AnalysisUpdate Add(IReadOnlyList<Article> batch, IProgress<StageProgress>? progress = null)
    {
        var fresh = batch.Where(a => _articles.TryAdd(a.Id, a)).ToList();

        // Clustering is one sequential pass that needs no facts: it runs on a thread of its own while the facts are
        // read on every core, then beside reuse detection, which needs the facts' text layer.
        // Its progress shows once the facts' is over, starting from where it has come by then.
        var factsRead = false;
        var clustered = 0L;
        var clustering = Task.Factory.StartNew(() => Timings.Time(AnalysisStage.Stories, () => _clusterer.Add(fresh, arrived =>
        {
            Interlocked.Exchange(ref clustered, arrived);
            if (Volatile.Read(ref factsRead))
                progress?.Report(new StageProgress(AnalysisStage.Stories, arrived, fresh.Count));
        })), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        var read = Timings.Time(AnalysisStage.Facts, () =>
        {
            var done = 0L;
            // Handed out in small chunks, not halves: the clustering thread shares a core with one of the readers.
            return Partitioner.Create(fresh, loadBalance: true).AsParallel().AsOrdered().Select(article =>
            {
                var facts = ReadAhead?.GetValueOrDefault(article.Id) ?? ArticleFacts.Read(article);
                var count = Interlocked.Increment(ref done);
                if (count % 256 == 0 || count == fresh.Count)
                    progress?.Report(new StageProgress(AnalysisStage.Facts, count, fresh.Count));
                return facts;
            }).ToList();
        });
        Volatile.Write(ref factsRead, true);
        progress?.Report(new StageProgress(AnalysisStage.Stories, Interlocked.Read(ref clustered), fresh.Count));
        _facts.AddRange(read);
        var textOf = read.ToDictionary(f => f.Text.ArticleId, f => f.Text, StringComparer.Ordinal);
        Timings.Time(AnalysisStage.Reuse, () => _provenance.Detect(fresh, article => ArticleSentences.Of(textOf[article.Id])));
        var stories = clustering.GetAwaiter().GetResult();

        stories = StoryLineage.Inherit(stories, _storyOf);
        foreach (var story in stories)
        {
            foreach (var id in story.ArticleIds)
                _storyOf[id] = story.Id;
        }

        // Provenance groups and actors both need the stories and nothing of each other.
        IReadOnlyList<ProvenanceGroup> groups = [];
        (IReadOnlyList<Actor> Actors, IReadOnlyList<ActorArticle> Articles) actors = ([], []);
        progress?.Report(new StageProgress(AnalysisStage.Provenance, 0, null));
        Parallel.Invoke(
            () => groups = Timings.Time(AnalysisStage.Provenance, () => _provenance.Link(stories.Select(s => s.ArticleIds))),
            () => actors = Timings.Time(AnalysisStage.Actors, () => ResolveActors(stories)));
        var facts = Timings.Time(AnalysisStage.StoryFacts, () =>
        {
            progress?.Report(new StageProgress(AnalysisStage.StoryFacts, 0, null));
            return _storyFacts.Update(stories, _articles, _facts, _provenance.Result, actors.Actors);
        });

        var views = Timings.Time(AnalysisStage.Views, () =>
        {
            var provenance = _provenance.Result;
            return stories.AsParallel().AsOrdered().Select(story => View(story, provenance)).ToList();
        });
        var live = views.Select(v => v.Id).ToHashSet(StringComparer.Ordinal);
        var removed = _liveStories.Where(id => !live.Contains(id)).Order(StringComparer.Ordinal).ToList();
        _liveStories.Clear();
        _liveStories.UnionWith(live);
        return new AnalysisUpdate(views, removed, groups, actors.Actors, actors.Articles, _clusterer.NextSequence)
        {
            Events = facts.Events,
            ClaimFacts = facts.ClaimFacts,
            Attributions = facts.Attributions,
            Scope = [.. _articles.Keys],
            Frequencies = _clusterer.TakeObserved(),
        };
    }

    private (IReadOnlyList<Actor> Actors, IReadOnlyList<ActorArticle> Articles) ResolveActors(IReadOnlyList<Story> stories)
    {
        var index = new Dictionary<string, int>(_facts.Count, StringComparer.Ordinal);
        for (var i = 0; i < _facts.Count; i++)
            index[_facts[i].Text.ArticleId] = i;
        var resolved = ActorResolver.ResolveWithNames(
            _facts.Select(f => f.Actors).ToList(),
            stories.Select(s => (IReadOnlyList<int>)s.ArticleIds.Where(index.ContainsKey).Select(id => index[id]).ToList()));
        var mentions = _facts.AsParallel().AsOrdered().SelectMany((facts, i) => facts.MentionsBy(resolved.ActorOfName[i])).ToList();
        return (resolved.Actors, mentions);
    }

    private StoryView View(Story story, ProvenanceResult provenance)
    {
        var seen = StoryProvenance.Of(story, provenance, _articles);
        var report = ReportBuilder.ToReport(story, seen);
        var joins = story.Decisions.GroupBy(d => d.ArticleId)
            .Select(g => g.Last())
            .Select(d => new StoryJoin(d.ArticleId, d.Decision.ToString().ToLowerInvariant(), Math.Round(d.Score, 3)))
            .ToList();
        return new StoryView(story.Id, story.Title, story.FirstSeen, story.LastSeen, story.ArticleIds, story.Outlets,
            report.Origin!, report.Derivations, report.Changes, joins);
    }
}
