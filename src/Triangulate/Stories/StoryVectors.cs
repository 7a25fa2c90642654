using System.Runtime.InteropServices;

namespace Triangulate.Stories;

/// <summary>The summed term, actor and number vectors of a story's members (the story's centroid, unnormalised).</summary>
internal sealed class StoryVectors
{
    private const double Zero = 1e-9;

    public Dictionary<int, double> Terms { get; } = [];

    public Dictionary<int, double> Actors { get; } = [];

    public Dictionary<int, double> Numbers { get; } = [];

    /// <summary>The summed sentence embeddings of the members that have one (short items); null until one joins.</summary>
    public double[]? Meaning { get; private set; }

    /// <summary>How many members' embeddings <see cref="Meaning"/> sums.</summary>
    public int MeaningMembers { get; private set; }

    public void Clear()
    {
        Terms.Clear();
        Actors.Clear();
        Numbers.Clear();
        if (Meaning is not null)
        {
            Array.Clear(Meaning);
        }
        MeaningMembers = 0;
    }

    /// <summary>Adds (<paramref name="sign"/> 1) or takes out (−1) one member's vectors.</summary>
    public void Add(StoryMember member, int sign)
    {
        Add(Terms, member.Terms, sign);
        Add(Actors, member.Actors, sign);
        Add(Numbers, member.Numbers, sign);
        if (member.Meaning is { } meaning)
        {
            Meaning ??= new double[meaning.Length];
            for (var i = 0; i < meaning.Length; i++)
            {
                Meaning[i] += sign * meaning[i];
            }
            MeaningMembers += sign;
        }
    }

    public void Add(StoryVectors other)
    {
        Add(Terms, other.Terms);
        Add(Actors, other.Actors);
        Add(Numbers, other.Numbers);
        if (other.Meaning is { } meaning)
        {
            Meaning ??= new double[meaning.Length];
            for (var i = 0; i < meaning.Length; i++)
            {
                Meaning[i] += meaning[i];
            }
            MeaningMembers += other.MeaningMembers;
        }
    }

    private static void Add(Dictionary<int, double> target, SparseVector source, int sign)
    {
        for (var i = 0; i < source.Keys.Length; i++)
        {
            Add(target, source.Keys[i], sign * source.Values[i]);
        }
    }

    private static void Add(Dictionary<int, double> target, Dictionary<int, double> source)
    {
        foreach (var (key, value) in source)
        {
            Add(target, key, value);
        }
    }

    private static void Add(Dictionary<int, double> target, int key, double value)
    {
        ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(target, key, out _);
        sum += value;
        if (sum <= Zero)
        {
            target.Remove(key);
        }
    }
}
