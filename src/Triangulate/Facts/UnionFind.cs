namespace Triangulate.Facts;

/// <summary>Disjoint sets over items, with path compression; groups come out in first-seen order.</summary>
internal sealed class UnionFind<T> where T : notnull
{
    private readonly Dictionary<T, T> _parent = [];
    private readonly List<T> _order = [];

    public UnionFind(IEnumerable<T> items)
    {
        foreach (var item in items)
            Add(item);
    }

    /// <summary>Adds an item as a set of its own, unless it is already there.</summary>
    public void Add(T item)
    {
        if (_parent.TryAdd(item, item))
            _order.Add(item);
    }

    public T Find(T item)
    {
        var root = item;
        while (!Same(_parent[root], root))
            root = _parent[root];
        while (!Same(item, root))
            (item, _parent[item]) = (_parent[item], root);
        return root;
    }

    /// <summary>Joins the sets of a and b; false when they were already one.</summary>
    public bool Union(T a, T b)
    {
        var rootA = Find(a);
        var rootB = Find(b);
        if (Same(rootA, rootB))
            return false;
        _parent[rootB] = rootA;
        return true;
    }

    // Equals(object) would box every int and tuple compared.
    private static bool Same(T a, T b) => EqualityComparer<T>.Default.Equals(a, b);

    public IEnumerable<HashSet<T>> Groups() =>
        _order.GroupBy(Find).Select(group => group.ToHashSet());
}
