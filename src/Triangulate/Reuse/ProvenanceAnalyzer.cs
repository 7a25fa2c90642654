using Triangulate.Facts;

namespace Triangulate.Reuse;

/// <summary>
/// Groups articles that share text and works out each group's origin, derivations and changes. Incremental: adding
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
        var fresh = articles.Where(a => !_byId.ContainsKey(a.Id)).DistinctBy(a => a.Id)
            .OrderBy(a => a.Published?.Value ?? DateTimeOffset.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal)
            .AsParallel().AsOrdered().Select(a => new GroupMember(a, ArticleSentences.Of(a))).ToList();
        var touched = new HashSet<string>();
        foreach (var member in fresh)
        {
            _members.Add(member);
            _byId[member.Id] = member;
            _links.Add(member.Id);
            foreach (var reuse in _detector.Add(member.Text).Where(Links))
                Record(reuse, touched);
        }
        foreach (var story in sameStory ?? [])
        {
            var members = story.Where(_byId.ContainsKey).Select(id => _byId[id]).ToList();
            if (members.Count > MaxStoryForPairs)
                continue;
            foreach (var (first, second) in members.SelectMany((a, i) => members.Skip(i + 1).Select(b => (a, b))))
            {
                if (PairsOf(first.Id).Any(p => p.Source == second.Id || p.Copy == second.Id))
                    continue;
                var (earlier, later) = _members.IndexOf(first) < _members.IndexOf(second) ? (first, second) : (second, first);
                var reuse = TextReuse.Between(earlier.Text, later.Text);
                if (Links(reuse))
                    Record(reuse, touched);
            }
        }

        var rebuilt = new List<ProvenanceGroup>();
        foreach (var root in touched.Select(_links.Find).Distinct().ToList())
        {
            var ids = GroupIds(root);
            var group = ProvenanceGroupBuilder.Build(
                ids.Select(id => _byId[id]).ToList(),
                ids.SelectMany(id => PairsOf(id)).Distinct().ToList());
            foreach (var id in ids)
                _groupOf[id] = group;
            rebuilt.Add(group);
        }
        return rebuilt;
    }

    private void Record(TextReuse reuse, HashSet<string> touched)
    {
        _pairs.Add(reuse);
        PairsOf(reuse.Source).Add(reuse);
        PairsOf(reuse.Copy).Add(reuse);
        _links.Union(reuse.Source, reuse.Copy);
        touched.Add(reuse.Copy);
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

    private List<string> GroupIds(string root)
    {
        var ids = new List<string>();
        var pending = new Stack<string>([root]);
        var seen = new HashSet<string> { root };
        while (pending.TryPop(out var id))
        {
            ids.Add(id);
            foreach (var pair in PairsOf(id))
            {
                var other = pair.Source == id ? pair.Copy : pair.Source;
                if (seen.Add(other))
                    pending.Push(other);
            }
        }
        return ids;
    }

    private List<TextReuse> PairsOf(string id)
    {
        if (!_pairsOf.TryGetValue(id, out var pairs))
            _pairsOf[id] = pairs = [];
        return pairs;
    }
}
