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
        while (!_parent[root].Equals(root))
            root = _parent[root];
        while (!item.Equals(root))
            (item, _parent[item]) = (_parent[item], root);
        return root;
    }

    /// <summary>Joins the sets of a and b; false when they were already one.</summary>
    public bool Union(T a, T b)
    {
        var rootA = Find(a);
        var rootB = Find(b);
        if (rootA.Equals(rootB))
            return false;
        _parent[rootB] = rootA;
        return true;
    }

    public IEnumerable<HashSet<T>> Groups() =>
        _order.GroupBy(Find).Select(group => group.ToHashSet());
}
