using Triangulate.Text;

namespace Triangulate.Facts;

/// <summary>
/// Merges the names found in many texts into actors, in three passes of the same <see cref="AliasRules"/>: within each
/// article, then across the articles of each story, then across the corpus. A short form resolved in a narrower scope
/// stays with the name it stood for there, so "Okafor" can be one person in one story and another person in the next,
/// while the corpus pass keeps the guards that need every name in view (a surname two full names share joins no one).
/// </summary>
public static class ActorResolver
{
    /// <param name="stories">Groups of indices into <paramref name="texts"/>, one per story; without them the article pass is followed by the corpus pass.</param>
    public static IReadOnlyList<Actor> Resolve(IReadOnlyList<ActorFindings> texts, IEnumerable<IReadOnlyList<int>>? stories = null, Gazetteer? gazetteer = null) =>
        ResolveWithNames(texts, stories, gazetteer).Actors;

    /// <summary>As <see cref="Resolve"/>, with the actor each text's names stand for: for each text, its folded name
    /// keys (<see cref="ActorNames.Key"/>) and the id of the actor each went to.</summary>
    public static ResolvedActors ResolveWithNames(IReadOnlyList<ActorFindings> texts, IEnumerable<IReadOnlyList<int>>? stories = null, Gazetteer? gazetteer = null)
    {
        gazetteer ??= Gazetteer.Default;
        var namesByText = texts.Select(NamesOf).ToList();
        var actors = new UnionFind<ArticleName>(namesByText.SelectMany(names => names));
        var merges = new List<(ArticleName Name, AliasMerge Merge)>();

        for (var text = 0; text < texts.Count; text++)
            AliasRules.Apply(new AliasScope("within article", namesByText[text], actors, merges), texts[text].Links, gazetteer);
        // A story of one article would only repeat its article pass.
        foreach (var story in (stories ?? []).Where(story => story.Count > 1))
            AliasRules.Apply(new AliasScope("within story", story.SelectMany(text => namesByText[text]), actors, merges), [], gazetteer);
        AliasRules.Apply(new AliasScope("across corpus", namesByText.SelectMany(names => names), actors, merges), [], gazetteer);

        var mergesByActor = merges.ToLookup(merge => actors.Find(merge.Name), merge => merge.Merge);
        var groups = actors.Groups().ToList();
        var actorsByKey = groups.SelectMany(names => names.Select(name => name.Stats.Key).Distinct()).CountBy(key => key).ToDictionary();
        var actorOf = new Dictionary<ArticleName, string>();
        var built = new List<Actor>(groups.Count);
        foreach (var names in groups)
        {
            var actor = BuildActor(names, mergesByActor[actors.Find(names.First())].DistinctBy(Unordered).ToList(), actorsByKey);
            built.Add(actor);
            foreach (var name in names)
                actorOf[name] = actor.Id;
        }
        var ordered = built
            .OrderByDescending(actor => actor.Aliases.Sum(alias => alias.Count))
            .ThenBy(actor => actor.Name, StringComparer.Ordinal)
            .ToList();
        var namesOfTexts = namesByText.Select(names => (IReadOnlyDictionary<string, string>)names.ToDictionary(name => name.Stats.Key, name => actorOf[name])).ToList();
        return new ResolvedActors(ordered, namesOfTexts);
    }

    /// <summary>Articles meet the same two names in either order; the actor lists each pair once a reason.</summary>
    private static (string, string, string) Unordered(AliasMerge merge) =>
        string.CompareOrdinal(merge.Name, merge.Alias) < 0 ? (merge.Name, merge.Alias, merge.Reason) : (merge.Alias, merge.Name, merge.Reason);

    private static List<ArticleName> NamesOf(ActorFindings findings)
    {
        var names = new Dictionary<string, NameStats>();
        foreach (var mention in findings.Mentions)
        {
            var key = ActorNames.Key(mention.Text);
            if (key.Length == 0)
                continue;
            if (!names.TryGetValue(key, out var stats))
                names[key] = stats = new NameStats(key);
            stats.Add(mention);
        }
        return names.Values.Select(stats => new ArticleName(stats)).ToList();
    }

    /// <summary>The actor is named by a name no other actor goes by, or one it is called by in full: never by a short form another actor shares.</summary>
    private static Actor BuildActor(HashSet<ArticleName> articleNames, List<AliasMerge> merges, Dictionary<string, int> actorsByKey)
    {
        var distinctive = articleNames.Where(name => !name.IsShortForm || actorsByKey[name.Stats.Key] == 1).Select(name => name.Stats.Key).ToHashSet();
        var names = articleNames.GroupBy(name => name.Stats.Key).Select(uses => NameStats.Combine(uses.Key, uses.Select(name => name.Stats).ToList())).ToList();
        var type = GroupType(names.SelectMany(n => n.Types).ToList(), names.Any(n => n.UsedAsGroup));
        var representative = names
            .OrderByDescending(n => distinctive.Contains(n.Key))
            .ThenByDescending(n => type == ActorType.Person ? n.Words.Length : 0)
            .ThenByDescending(n => n.Count)
            .ThenBy(n => n.Words.Length)
            .ThenBy(n => n.Key, StringComparer.Ordinal)
            .First();
        return new Actor(
            "actor-" + XxHash64.HexHash(representative.Key)[..12],
            representative.MostUsedSpelling,
            type,
            names.SelectMany(n => n.Spellings).OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => new ActorAlias(s.Key, s.Value)).ToList(),
            merges);
    }

    /// <summary>
    /// A person when most typed mentions say so and no name of the actor is used in the plural (one "personal name"
    /// guess must not make the Houthis a person); else the commonest known type.
    /// </summary>
    private static ActorType GroupType(List<ActorType> types, bool usedAsGroup)
    {
        var persons = types.Count(t => t == ActorType.Person);
        if (!usedAsGroup && persons > 0 && persons * 2 >= types.Count(t => t != ActorType.Unknown))
            return ActorType.Person;
        return types.Where(t => t is not (ActorType.Unknown or ActorType.Person)).GroupBy(t => t)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefault();
    }
}
