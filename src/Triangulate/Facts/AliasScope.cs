namespace Triangulate.Facts;

/// <summary>
/// The names of one article, one story or the corpus, for the alias rules to compare. A name used by several articles
/// of the scope is one actor within it, unless a narrower scope took it as a short form: a short form stays with the
/// actor it stood for there. Each merge keeps its reason and the scope it was made in: "surname (within article)".
/// </summary>
internal sealed class AliasScope
{
    private readonly string _scope;
    private readonly UnionFind<ArticleName> _actors;
    private readonly List<(ArticleName Name, AliasMerge Merge)> _merges;
    private readonly Dictionary<string, List<ArticleName>> _uses;

    public AliasScope(string scope, IEnumerable<ArticleName> names, UnionFind<ArticleName> actors, List<(ArticleName Name, AliasMerge Merge)> merges)
    {
        _scope = scope;
        _actors = actors;
        _merges = merges;
        var usesByKey = new Dictionary<string, List<ArticleName>>();
        foreach (var name in names)
        {
            if (!usesByKey.TryGetValue(name.Stats.Key, out var uses))
                usesByKey[name.Stats.Key] = uses = [];
            uses.Add(name);
        }
        _uses = [];
        Names = [];
        foreach (var (key, allUses) in usesByKey)
        {
            if (UsesStandingForOneActor(allUses, actors) is not { Count: > 0 } uses)
                continue;
            _uses[key] = uses;
            Names[key] = NameStats.Combine(key, uses.ConvertAll(use => use.Stats));
            for (var i = 1; i < uses.Count; i++)
                actors.Union(uses[0], uses[i]);
        }
    }

    public Dictionary<string, NameStats> Names { get; }

    public void Merge(string a, string b, string reason)
    {
        if (a != b && _uses.TryGetValue(a, out var usesOfA) && _uses.TryGetValue(b, out var usesOfB) && _actors.Union(usesOfA[0], usesOfB[0]))
            _merges.Add((usesOfA[0], new AliasMerge(Names[a].MostUsedSpelling, Names[b].MostUsedSpelling, $"{reason} ({_scope})")));
    }

    /// <summary>Merges a short form into the longer name it stands for here, and marks its uses as short forms for wider scopes.</summary>
    public void MergeShortForm(string longer, string shortForm, string reason)
    {
        Merge(longer, shortForm, reason);
        foreach (var use in _uses.GetValueOrDefault(shortForm) ?? [])
            use.IsShortForm = true;
    }

    /// <summary>
    /// The plain uses of a name, one actor in this scope; or, where the name is only ever a short form here, its uses if
    /// they all stand for one actor ("Hizbullah" for Lebanese Hizbullah, still a spelling of Hezbollah), and none if
    /// they stand for several ("Okafor" for Grace Okafor in one story and Daniel Okafor in another).
    /// </summary>
    private static List<ArticleName> UsesStandingForOneActor(List<ArticleName> uses, UnionFind<ArticleName> actors)
    {
        if (!uses.Exists(use => use.IsShortForm))
            return uses;
        var plain = uses.FindAll(use => !use.IsShortForm);
        if (plain.Count > 0)
            return plain;
        return uses.Select(actors.Find).Distinct().Count() == 1 ? uses : [];
    }
}
