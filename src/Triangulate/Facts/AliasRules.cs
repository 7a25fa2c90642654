namespace Triangulate.Facts;

/// <summary>
/// The rules that merge the names of one scope: the same name folded, a plural, the gazetteer (demonym, capital), an
/// alias the text declared, initials (PFLP), one body of one place (Gaza Strip Health Ministry / Gaza health ministry), a qualified form (Palestinian Islamic Jihad / Islamic Jihad) and a surname
/// (Nasrallah / Hassan Nasrallah), each when only one longer name fits, and transliteration variants (Hezbollah / Hizbullah)
/// by consonant skeleton, guarded so that Hamas and Hams stay apart. Every rule works through lookups, never by
/// comparing all pairs of names.
/// </summary>
internal static class AliasRules
{
    public static void Apply(AliasScope scope, IEnumerable<AliasLink> declared, Gazetteer gazetteer)
    {
        foreach (var link in declared)
            scope.Merge(ActorNames.Key(link.Name), ActorNames.Key(link.Alias), link.Reason);
        foreach (var key in scope.Names.Keys)
        {
            var singular = ActorNames.Singular(key);
            if (singular != key)
                scope.Merge(key, singular, "plural");
        }
        MergeByGazetteer(scope, gazetteer);
        MergeByInitials(scope);
        MergeQualifiedForms(scope, gazetteer);
        MergePlaceBodies(scope, gazetteer);
        MergeSurnames(scope);
        MergeSpellingVariants(scope);
    }

    private static void MergeByGazetteer(AliasScope scope, Gazetteer gazetteer)
    {
        var byPlace = new Dictionary<string, (string Key, string Kind)>();
        foreach (var name in scope.Names.Values)
        {
            if (gazetteer.Find(name.MostUsedSpelling) is not { } entry)
                continue;
            var place = ActorNames.Key(entry.Place);
            if (byPlace.TryGetValue(place, out var first))
                scope.Merge(first.Key, name.Key, first.Kind == "demonym" || entry.Kind == "demonym" ? "demonym" : "gazetteer");
            else
                byPlace[place] = (name.Key, entry.Kind);
        }
    }

    private static void MergeByInitials(AliasScope scope)
    {
        var acronyms = scope.Names.Values.Where(n => n.IsAcronym).ToDictionary(n => n.Key.Replace(" ", ""), n => n.Key);
        if (acronyms.Count == 0)
            return;
        var byInitials = acronyms.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var name in scope.Names.Values.Where(n => !n.IsAcronym))
        {
            // Every word-suffix of the name of three words or more: "Marxist Popular Front for the Liberation of Palestine" is MPFLP, PFLP and FLP.
            var initials = ActorNames.Initials(name.MostUsedSpelling);
            for (var start = 0; initials.Length - start >= 3; start++)
            {
                if (byInitials.TryGetValue(initials.AsSpan(start), out var acronym))
                    scope.Merge(acronym, name.Key, "initials");
            }
        }
    }

    /// <summary>
    /// "Gaza Strip Health Ministry" and "Gaza health ministry": organisations named by a place (up to three words the
    /// gazetteer knows) and the same rest, where the places are one place.
    /// </summary>
    private static void MergePlaceBodies(AliasScope scope, Gazetteer gazetteer)
    {
        const int longestPlace = 3;
        var byPlaceAndRest = new Dictionary<(string Place, string Body), string>();
        foreach (var name in scope.Names.Values.Where(n => n.Type == ActorType.Organisation))
        {
            var words = name.MostUsedSpelling.Split(' ');
            for (var length = Math.Min(longestPlace, words.Length - 1); length >= 1; length--)
            {
                if (gazetteer.Find(string.Join(' ', words[..length])) is not { } place)
                    continue;
                var key = (ActorNames.Key(place.Place), ActorNames.Key(string.Join(' ', words[length..])));
                if (byPlaceAndRest.TryGetValue(key, out var first))
                    scope.Merge(first, name.Key, "body of one place");
                else
                    byPlaceAndRest[key] = name.Key;
                break;
            }
        }
    }

    /// <summary>
    /// "Palestinian Islamic Jihad" and "Islamic Jihad"; "Lebanese Hizbullah" and "Hizbullah": a name with one qualifying
    /// word before it, when no other qualified name has the same rest (the Velmoran and Sarnian Dockers Unions leave
    /// "Dockers Union" to neither).
    /// </summary>
    private static void MergeQualifiedForms(AliasScope scope, Gazetteer gazetteer)
    {
        var qualifiedByRest = new Dictionary<string, List<string>>();
        foreach (var name in scope.Names.Values)
        {
            var words = name.Words;
            if (words.Length < 2 || name.Type == ActorType.Person)
                continue;
            var rest = name.Key[(words[0].Length + 1)..];
            var qualifierIsPlace = gazetteer.Find(words[0]) is not null;
            if (scope.Names.TryGetValue(rest, out var shorter) && shorter.Type != ActorType.Person && (words.Length > 2 || qualifierIsPlace))
                Add(qualifiedByRest, rest, name.Key);
        }
        foreach (var (rest, qualified) in qualifiedByRest)
        {
            if (qualified.Count == 1)
                scope.MergeShortForm(qualified[0], rest, "qualified form");
        }
    }

    /// <summary>"Nasrallah" for "Hassan Nasrallah", only when no other full name ends the same way. Arabic articles stay with the surname (al-Houthi).</summary>
    private static void MergeSurnames(AliasScope scope)
    {
        var bySurname = new Dictionary<string, List<string>>();
        foreach (var person in scope.Names.Values.Where(n => n.Type == ActorType.Person))
        {
            var words = person.Words;
            if (words.Length < 2)
                continue;
            var surname = words.Length > 2 && words[^2] is "al" or "el" or "bin" ? words[^2] + " " + words[^1] : words[^1];
            Add(bySurname, surname, person.Key);
        }
        foreach (var (surname, fullNames) in bySurname)
        {
            if (fullNames.Count == 1 && scope.Names.TryGetValue(surname, out var single) && !single.IsAcronym && single.Type is ActorType.Person or ActorType.Unknown
                && !single.UsedAsGroup && !scope.Names.ContainsKey(surname + "s"))
                scope.MergeShortForm(fullNames[0], surname, "surname");
        }
    }

    private static void MergeSpellingVariants(AliasScope scope)
    {
        foreach (var bucket in scope.Names.Values.Where(n => !n.IsAcronym).GroupBy(n => n.Skeleton))
        {
            var variants = bucket.ToList();
            for (var i = 1; i < variants.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (IsSpellingVariant(variants[i], variants[j], bucket.Key))
                        scope.Merge(variants[j].Key, variants[i].Key, "spelling variant");
                }
            }
        }
    }

    /// <summary>Same skeleton, and either a long skeleton or a one-letter difference between names of five letters or more.</summary>
    private static bool IsSpellingVariant(NameStats a, NameStats b, string skeleton)
    {
        if (a.Words.Length != b.Words.Length)
            return false;
        var consonants = skeleton.Count(char.IsLetter);
        return consonants >= 4 || ActorNames.EditDistance(a.Key, b.Key) <= 1 && Math.Min(a.Key.Length, b.Key.Length) >= 5;
    }

    private static void Add(Dictionary<string, List<string>> lists, string key, string value)
    {
        if (!lists.TryGetValue(key, out var list))
            lists[key] = list = [];
        list.Add(value);
    }
}
