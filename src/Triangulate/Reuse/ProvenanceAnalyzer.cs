using Triangulate.Facts;
using Triangulate.Ingest;

namespace Triangulate.Reuse;

/// <summary>
/// Groups articles that share text and works out each group's origin, derivations and changes; a copy whose dateline
/// credits an agency whose wire is not stored is a group of its own, derived from that wire. Incremental: adding
/// articles aligns them with their candidates only and rebuilds only the groups they join; other groups stay as they
/// were (the same records).
/// </summary>
public sealed class ProvenanceAnalyzer
{
    private readonly List<GroupMember> _members = [];
    private readonly ReuseDetector _detector;
    private readonly UnionFind<string> _links = new([]);
    private readonly Dictionary<string, List<TextReuse>> _pairsOf = [];
    private readonly List<TextReuse> _pairs = [];
    private readonly Dictionary<string, GroupMember> _byId = [];
    private readonly Dictionary<string, int> _arrival = [];
    private readonly HashSet<(string, string)> _compared = [];
    private readonly HashSet<string> _touched = [];
    private readonly Dictionary<string, ProvenanceGroup> _groupOf = [];

    public ProvenanceAnalyzer() => _detector = new ReuseDetector(number => _members[number].Text);

    /// <summary>Finds the provenance of a whole batch.</summary>
    /// <param name="sameStory">Groups of article ids known to tell one story (from story clustering), when there are: their
    /// pairs are aligned too, which finds paraphrases whose reworded sentences rarely meet in the sentence index.</param>
    public static ProvenanceResult Analyze(IReadOnlyList<Article> articles, IEnumerable<IReadOnlyList<string>>? sameStory = null)
    {
        var analyzer = new ProvenanceAnalyzer();
        analyzer.Add(articles, sameStory);
        return analyzer.Result;
    }

    /// <summary>Stories larger than this are left to the sentence index: aligning all their pairs would cost too much.</summary>
    public const int MaxStoryForPairs = 40;

    public ProvenanceResult Result => new(
        _groupOf.Values.Distinct().OrderBy(g => g.ArticleIds[0], StringComparer.Ordinal).ToList(), _pairs, _detector.CandidatePairs);

    /// <summary>Adds articles (in publication order) and returns the groups they created or changed.</summary>
    public IReadOnlyList<ProvenanceGroup> Add(IReadOnlyList<Article> articles, IEnumerable<IReadOnlyList<string>>? sameStory = null)
    {
        Detect(articles);
        return Link(sameStory ?? []);
    }

    /// <summary>
    /// The first half of <see cref="Add"/>: finds which earlier articles the new ones share text with, through the
    /// sentence index. Needs no stories, so it can run beside story clustering; <see cref="Link"/> finishes the job.
    /// </summary>
    /// <param name="prepare">How to get an article's sentences when the caller holds them already; else they are profiled here.</param>
    public void Detect(IReadOnlyList<Article> articles, Func<Article, ArticleSentences>? prepare = null)
    {
        prepare ??= ArticleSentences.Of;
        var fresh = articles.Where(a => !_byId.ContainsKey(a.Id)).DistinctBy(a => a.Id)
            .OrderBy(a => a.Published?.Value ?? DateTimeOffset.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal)
            .AsParallel().AsOrdered().Select(a => new GroupMember(a, prepare(a))).ToList();
        foreach (var member in fresh)
        {
            _members.Add(member);
            _byId[member.Id] = member;
            _arrival[member.Id] = _members.Count - 1;
            _links.Add(member.Id);
            // A copy whose dateline credits an agency derives from the agency's wire even when it shares text with no
            // stored article.
            if (CarriesWire(member))
                _touched.Add(member.Id);
        }
        foreach (var found in _detector.AddAll([.. fresh.Select(member => member.Text)]))
        {
            foreach (var reuse in found.Where(reuse => Links(reuse) && !_byId[reuse.Source].ReportsApartFrom(_byId[reuse.Copy])))
                Record(reuse);
        }
    }

    /// <summary>
    /// The second half of <see cref="Add"/>: aligns the pairs of each story not yet compared (in parallel), then
    /// rebuilds the groups that the detected and aligned pairs touched, and returns them.
    /// </summary>
    /// <param name="sameStory">Groups of article ids known to tell one story (from story clustering): their pairs are
    /// aligned too, which finds paraphrases whose reworded sentences rarely meet in the sentence index.</param>
    public IReadOnlyList<ProvenanceGroup> Link(IEnumerable<IReadOnlyList<string>> sameStory)
    {
        var unaligned = new List<(GroupMember Earlier, GroupMember Later)>();
        var queued = new HashSet<(string, string)>();
        foreach (var story in sameStory)
        {
            var members = story.Where(_byId.ContainsKey).Select(id => _byId[id]).ToList();
            if (members.Count > MaxStoryForPairs)
                continue;
            foreach (var (first, second) in members.SelectMany((a, i) => members.Skip(i + 1).Select(b => (a, b))))
            {
                var (earlier, later) = _arrival[first.Id] < _arrival[second.Id] ? (first, second) : (second, first);
                if (!_compared.Contains((earlier.Id, later.Id)) && !earlier.ReportsApartFrom(later) && queued.Add((earlier.Id, later.Id)))
                    unaligned.Add((earlier, later));
            }
        }
        var aligned = unaligned.AsParallel().AsOrdered().Select(pair => TextReuse.Between(pair.Earlier.Text, pair.Later.Text)).ToList();
        foreach (var (pair, reuse) in unaligned.Zip(aligned))
        {
            _compared.Add((pair.Earlier.Id, pair.Later.Id));
            if (Links(reuse))
                Record(reuse);
        }

        var roots = _touched.Select(_links.Find).Distinct().ToList();
        _touched.Clear();
        var rebuilt = roots.AsParallel().AsOrdered().Select(root =>
        {
            var ids = GroupIds(root);
            return ProvenanceGroupBuilder.Build(ids.Select(id => _byId[id]).ToList(), ids.SelectMany(PairsFound).Distinct().ToList());
        }).ToList();
        foreach (var group in rebuilt)
        {
            foreach (var id in group.ArticleIds)
                _groupOf[id] = group;
        }
        return rebuilt;
    }

    private void Record(TextReuse reuse)
    {
        _compared.Add((reuse.Source, reuse.Copy));
        _compared.Add((reuse.Copy, reuse.Source));
        _pairs.Add(reuse);
        PairsOf(reuse.Source).Add(reuse);
        PairsOf(reuse.Copy).Add(reuse);
        _links.Union(reuse.Source, reuse.Copy);
        _touched.Add(reuse.Copy);
    }

    /// <summary>
    /// A pair links two articles into one group when it carries more than a stray sentence: two sentences, one of them
    /// kept nearly word for word, or three paraphrased; or, for a brief, half of it kept nearly word for word. Stock
    /// phrases paraphrase each other across unrelated stories; copied text keeps words.
    /// </summary>
    public static bool Links(TextReuse reuse)
    {
        var kept = reuse.Count(AlignmentKind.Verbatim) + reuse.Count(AlignmentKind.Edited);
        return (kept >= 1 && reuse.Alignments.Count >= 2) || reuse.Count(AlignmentKind.Paraphrase) >= 3
            || (kept >= 1 && Math.Max(reuse.ShareOfSource, reuse.ShareOfCopy) >= 0.5);
    }

    /// <summary>Whether the article opens with a dateline crediting an agency it is not by ("KELL, Oct 20 (Meridian
    /// Press) -"): the text is that agency's wire. An agency told something or reporting elsewhere in the text is a
    /// source, not the text's origin.</summary>
    private static bool CarriesWire(GroupMember member) =>
        member.Article.Credits.Any(agency => !member.IsBy(agency) && member.DatelineCredits(agency));

    private List<string> GroupIds(string root)
    {
        var ids = new List<string>();
        var pending = new Stack<string>([root]);
        var seen = new HashSet<string> { root };
        while (pending.TryPop(out var id))
        {
            ids.Add(id);
            foreach (var pair in PairsFound(id))
            {
                var other = pair.Source == id ? pair.Copy : pair.Source;
                if (seen.Add(other))
                    pending.Push(other);
            }
        }
        return ids;
    }

    /// <summary>The pairs recorded for an article, without adding an entry: safe to call from parallel group builds.</summary>
    private IReadOnlyList<TextReuse> PairsFound(string id) => _pairsOf.TryGetValue(id, out var pairs) ? pairs : [];

    private List<TextReuse> PairsOf(string id)
    {
        if (!_pairsOf.TryGetValue(id, out var pairs))
            _pairsOf[id] = pairs = [];
        return pairs;
    }
}
