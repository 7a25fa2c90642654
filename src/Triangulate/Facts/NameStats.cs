namespace Triangulate.Facts;

/// <summary>Everything known about one folded name in one article, story or corpus: its spellings, types and uses.</summary>
internal sealed class NameStats(string key)
{
    private string? _skeleton;
    private string[]? _words;

    public string Key { get; } = key;
    public Dictionary<string, int> Spellings { get; } = [];
    public List<ActorType> Types { get; } = [];
    public int Count { get; private set; }

    public bool IsAcronym => MostUsedSpelling is { Length: >= 2 and <= 8 } spelling && spelling.All(c => char.IsUpper(c) || c == '.');

    /// <summary>Used in the plural somewhere ("the Houthis"), so a group, not a person's surname.</summary>
    public bool UsedAsGroup => Spellings.Keys.Any(s => s.EndsWith('s') && s.Length >= 5);

    /// <summary>The commonest spelling; of equally common ones, the first in ordinal order.</summary>
    public string MostUsedSpelling
    {
        get
        {
            var (best, bestCount) = ("", 0);
            foreach (var (spelling, count) in Spellings)
            {
                if (count > bestCount || count == bestCount && string.CompareOrdinal(spelling, best) < 0)
                    (best, bestCount) = (spelling, count);
            }
            return best;
        }
    }

    public string Skeleton => _skeleton ??= ActorNames.Skeleton(Key);

    public string[] Words => _words ??= Key.Split(' ');

    /// <summary>The commonest known type; of equally common ones, the first used. Asked for again and again while
    /// aliases are resolved, so it is counted in place.</summary>
    public ActorType Type
    {
        get
        {
            Span<int> counts = stackalloc int[TypeCount];
            var most = 0;
            foreach (var type in Types)
            {
                if (type != ActorType.Unknown)
                    most = Math.Max(most, ++counts[(int)type]);
            }
            foreach (var type in Types)
            {
                if (type != ActorType.Unknown && counts[(int)type] == most)
                    return type;
            }
            return ActorType.Unknown;
        }
    }

    private static readonly int TypeCount = Enum.GetValues<ActorType>().Length;

    /// <summary>The uses of one name gathered from narrower scopes: the part itself when there is one.</summary>
    public static NameStats Combine(string key, IReadOnlyList<NameStats> parts)
    {
        if (parts.Count == 1)
            return parts[0];
        var combined = new NameStats(key) { _skeleton = parts[0]._skeleton, _words = parts[0]._words };
        foreach (var part in parts)
        {
            foreach (var (spelling, count) in part.Spellings)
                combined.Spellings[spelling] = combined.Spellings.GetValueOrDefault(spelling) + count;
            combined.Types.AddRange(part.Types);
            combined.Count += part.Count;
        }
        return combined;
    }

    public void Add(ActorMention mention)
    {
        Spellings[mention.Text] = Spellings.GetValueOrDefault(mention.Text) + 1;
        Types.Add(mention.Type);
        Count++;
    }
}
