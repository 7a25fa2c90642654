namespace Triangulate.Stories;

/// <summary>The three document-frequency tables the clusterer keeps: terms, actors and numbers.</summary>
internal sealed class StoryFrequencies(StoryFrequencyTable prior)
{
    private Dictionary<string, int> _observedTerms = new(StringComparer.Ordinal);
    private Dictionary<string, int> _observedActors = new(StringComparer.Ordinal);
    private Dictionary<string, int> _observedNumbers = new(StringComparer.Ordinal);
    private int _observed;

    public DocumentFrequencies Terms { get; } = new(prior.Documents, prior.Terms);

    public DocumentFrequencies Actors { get; } = new(prior.Documents, prior.Actors);

    public DocumentFrequencies Numbers { get; } = new(prior.Documents, prior.Numbers);

    /// <summary>The documents observed here since the last call, beyond the prior, as a table to add to it.</summary>
    public StoryFrequencyTable TakeObserved()
    {
        var taken = new StoryFrequencyTable(_observed, _observedTerms, _observedActors, _observedNumbers);
        (_observed, _observedTerms, _observedActors, _observedNumbers) = (0, new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        return taken;
    }

    public int Documents => Terms.Documents;

    /// <summary>The article's vectors over this clusterer's key numbers (in key order), which stay taken until it is released.</summary>
    public StoryMember Member(StoryFeatures features)
    {
        var member = new StoryMember(features, Numbered(features.Terms, Terms), Numbered(features.Actors, Actors), Numbered(features.Numbers, Numbers),
            features.HeadlineNames is { } headline ? [.. headline.Select(Terms.Id)] : []);
        Terms.Hold(member.Terms.Keys);
        Actors.Hold(member.Actors.Keys);
        Numbers.Hold(member.Numbers.Keys);
        return member;
    }

    /// <summary>Lets go of a member whose story retired: keys no active member holds are forgotten.</summary>
    public void Release(StoryMember member)
    {
        Terms.Release(member.Terms.Keys);
        Actors.Release(member.Actors.Keys);
        Numbers.Release(member.Numbers.Keys);
    }

    public void Observe(StoryMember member)
    {
        Terms.Observe(member.Terms.Keys);
        Actors.Observe(member.Actors.Keys);
        Numbers.Observe(member.Numbers.Keys);
        _observed++;
        Count(member.Terms.Keys, Terms, _observedTerms);
        Count(member.Actors.Keys, Actors, _observedActors);
        Count(member.Numbers.Keys, Numbers, _observedNumbers);
    }

    private static void Count(int[] keys, DocumentFrequencies table, Dictionary<string, int> counts)
    {
        foreach (var id in keys)
        {
            var key = table.Key(id);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
    }

    private static SparseVector Numbered(IReadOnlyDictionary<string, double> vector, DocumentFrequencies frequencies)
    {
        if (vector.Count == 0)
        {
            return SparseVector.Empty;
        }
        var keys = new int[vector.Count];
        var values = new double[vector.Count];
        var i = 0;
        foreach (var (key, value) in vector)
        {
            keys[i] = frequencies.Id(key);
            values[i++] = value;
        }
        Array.Sort(keys, values);
        return new SparseVector(keys, values);
    }
}
