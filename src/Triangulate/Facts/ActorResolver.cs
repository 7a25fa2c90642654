using Triangulate.Text;

namespace Triangulate.Facts;

/// <summary>
/// Merges the names found in many texts into actors. Each merge keeps its reason: the same name folded, a plural,
/// the gazetteer (demonym, capital), an alias the text declared, initials (PFLP), a qualified form (Palestinian
/// Islamic Jihad / Islamic Jihad), a surname (Nasrallah / Hassan Nasrallah) when only one full name has it, and
/// transliteration variants (Hezbollah / Hizbullah) by consonant skeleton, guarded so that Hamas and Hams stay apart.
/// Every rule works through lookups, never by comparing all pairs of names.
/// </summary>
public static class ActorResolver
{
    public static IReadOnlyList<Actor> Resolve(IEnumerable<ActorFindings> texts, Gazetteer? gazetteer = null)
    {
        gazetteer ??= Gazetteer.Default;
        var names = new Dictionary<string, NameStats>();
        var declared = new List<AliasLink>();
        foreach (var findings in texts)
        {
            foreach (var mention in findings.Mentions)
            {
                var key = ActorNames.Key(mention.Text);
                if (key.Length == 0)
                    continue;
                if (!names.TryGetValue(key, out var stats))
                    names[key] = stats = new NameStats(key);
                stats.Add(mention);
            }
            declared.AddRange(findings.Links);
        }

        var groups = new UnionFind<string>(names.Keys);
        var merges = new List<(string A, string B, string Reason)>();
        void Merge(string a, string b, string reason)
        {
            if (a != b && names.ContainsKey(a) && names.ContainsKey(b) && groups.Union(a, b))
                merges.Add((a, b, reason));
        }

        foreach (var link in declared)
            Merge(ActorNames.Key(link.Name), ActorNames.Key(link.Alias), link.Reason);
        foreach (var key in names.Keys)
        {
            var singular = ActorNames.Singular(key);
            if (singular != key)
                Merge(key, singular, "plural");
        }
        MergeByGazetteer(names, gazetteer, Merge);
        MergeByInitials(names, Merge);
        MergeQualifiedForms(names, gazetteer, Merge);
        MergeSurnames(names, Merge);
        MergeSpellingVariants(names, Merge);

        return groups.Groups()
            .Select(keys => BuildActor(keys.Select(key => names[key]).ToList(), merges.Where(m => keys.Contains(m.A)).ToList()))
            .OrderByDescending(actor => actor.Aliases.Sum(alias => alias.Count))
            .ThenBy(actor => actor.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static void MergeByGazetteer(Dictionary<string, NameStats> names, Gazetteer gazetteer, Action<string, string, string> merge)
    {
        var byPlace = new Dictionary<string, (string Key, string Kind)>();
        foreach (var key in names.Keys)
        {
            if (gazetteer.Find(names[key].MostUsedSpelling) is not { } entry)
                continue;
            var place = ActorNames.Key(entry.Place);
            if (byPlace.TryGetValue(place, out var first))
                merge(first.Key, key, first.Kind == "demonym" || entry.Kind == "demonym" ? "demonym" : "gazetteer");
            else
                byPlace[place] = (key, entry.Kind);
        }
    }

    private static void MergeByInitials(Dictionary<string, NameStats> names, Action<string, string, string> merge)
    {
        var acronyms = names.Values.Where(n => n.IsAcronym).ToDictionary(n => n.Key.Replace(" ", ""), n => n.Key);
        foreach (var name in names.Values.Where(n => !n.IsAcronym))
        {
            foreach (var initials in ActorNames.SuffixInitials(name.MostUsedSpelling))
            {
                if (initials.Length >= 3 && acronyms.TryGetValue(initials, out var acronym))
                    merge(acronym, name.Key, "initials");
            }
        }
    }

    /// <summary>"Palestinian Islamic Jihad" and "Islamic Jihad"; "Lebanese Hizbullah" and "Hizbullah": a name with one qualifying word before it.</summary>
    private static void MergeQualifiedForms(Dictionary<string, NameStats> names, Gazetteer gazetteer, Action<string, string, string> merge)
    {
        foreach (var name in names.Values)
        {
            var words = name.Key.Split(' ');
            if (words.Length < 2 || name.Type == ActorType.Person)
                continue;
            var rest = string.Join(' ', words[1..]);
            var qualifierIsPlace = gazetteer.Find(words[0]) is not null;
            if (names.TryGetValue(rest, out var shorter) && shorter.Type != ActorType.Person && (words.Length > 2 || qualifierIsPlace))
                merge(shorter.Key, name.Key, "qualified form");
        }
    }

    /// <summary>"Nasrallah" for "Hassan Nasrallah", only when no other full name ends the same way. Arabic articles stay with the surname (al-Houthi).</summary>
    private static void MergeSurnames(Dictionary<string, NameStats> names, Action<string, string, string> merge)
    {
        var bySurname = new Dictionary<string, List<string>>();
        foreach (var person in names.Values.Where(n => n.Type == ActorType.Person))
        {
            var words = person.Key.Split(' ');
            if (words.Length < 2)
                continue;
            var surname = words.Length > 2 && words[^2] is "al" or "el" or "bin" ? words[^2] + " " + words[^1] : words[^1];
            if (!bySurname.TryGetValue(surname, out var list))
                bySurname[surname] = list = [];
            list.Add(person.Key);
        }
        foreach (var (surname, fullNames) in bySurname)
        {
            if (fullNames.Count == 1 && names.TryGetValue(surname, out var single) && !single.IsAcronym && single.Type is ActorType.Person or ActorType.Unknown
                && !single.UsedAsGroup && !names.ContainsKey(surname + "s"))
                merge(fullNames[0], surname, "surname");
        }
    }

    private static void MergeSpellingVariants(Dictionary<string, NameStats> names, Action<string, string, string> merge)
    {
        foreach (var bucket in names.Values.Where(n => !n.IsAcronym).GroupBy(n => ActorNames.Skeleton(n.Key)))
        {
            var variants = bucket.ToList();
            for (var i = 1; i < variants.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (IsSpellingVariant(variants[i].Key, variants[j].Key, bucket.Key))
                        merge(variants[j].Key, variants[i].Key, "spelling variant");
                }
            }
        }
    }

    /// <summary>Same skeleton, and either a long skeleton or a one-letter difference between names of five letters or more.</summary>
    private static bool IsSpellingVariant(string a, string b, string skeleton)
    {
        if (a.Split(' ').Length != b.Split(' ').Length)
            return false;
        var consonants = skeleton.Count(char.IsLetter);
        return consonants >= 4 || ActorNames.EditDistance(a, b) <= 1 && Math.Min(a.Length, b.Length) >= 5;
    }

    private static Actor BuildActor(List<NameStats> names, List<(string A, string B, string Reason)> merges)
    {
        var type = GroupType(names.SelectMany(n => n.Types).ToList(), names.Any(n => n.UsedAsGroup));
        var representative = names
            .OrderByDescending(n => type == ActorType.Person ? n.Key.Split(' ').Length : 0)
            .ThenByDescending(n => n.Count)
            .ThenBy(n => n.Key.Split(' ').Length)
            .ThenBy(n => n.Key, StringComparer.Ordinal)
            .First();
        var spellings = names.ToDictionary(n => n.Key, n => n.MostUsedSpelling);
        return new Actor(
            "actor-" + XxHash64.HexHash(representative.Key)[..12],
            representative.MostUsedSpelling,
            type,
            names.SelectMany(n => n.Spellings).OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => new ActorAlias(s.Key, s.Value)).ToList(),
            merges.Select(m => new AliasMerge(spellings[m.A], spellings[m.B], m.Reason)).ToList());
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

    /// <summary>Everything known about one folded name across the texts.</summary>
    private sealed class NameStats(string key)
    {
        public string Key { get; } = key;
        public Dictionary<string, int> Spellings { get; } = [];
        public List<ActorType> Types { get; } = [];
        public int Count { get; private set; }

        public bool IsAcronym => MostUsedSpelling.Length is >= 2 and <= 8 && MostUsedSpelling.All(c => char.IsUpper(c) || c == '.');

        /// <summary>Used in the plural somewhere ("the Houthis"), so a group, not a person's surname.</summary>
        public bool UsedAsGroup => Spellings.Keys.Any(s => s.EndsWith('s') && s.Length >= 5);

        public string MostUsedSpelling => Spellings.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;

        public ActorType Type => Types.Where(t => t != ActorType.Unknown).GroupBy(t => t).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

        public void Add(ActorMention mention)
        {
            Spellings[mention.Text] = Spellings.GetValueOrDefault(mention.Text) + 1;
            Types.Add(mention.Type);
            Count++;
        }
    }
}
