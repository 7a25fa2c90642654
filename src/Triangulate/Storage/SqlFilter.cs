namespace Triangulate.Storage;

/// <summary>
/// The WHERE clause of a list query, holding only the conditions whose value is set. A condition written as
/// "$x IS NULL OR ..." keeps SQLite from using an index for it: on a 100k store `show` scanned every event (850 ms).
/// </summary>
internal sealed class SqlFilter
{
    private readonly List<string> _conditions = [];
    private readonly List<(string, object?)> _parameters = [];

    /// <summary>Adds <paramref name="condition"/>, which reads <paramref name="name"/>, when <paramref name="value"/> is set.</summary>
    public SqlFilter Add(object? value, string name, string condition)
    {
        if (value is not null)
        {
            _conditions.Add(condition);
            _parameters.Add((name, value));
        }
        return this;
    }

    public string Where => _conditions.Count == 0 ? "1" : string.Join(" AND ", _conditions);

    public (string, object?)[] Parameters => [.. _parameters];
}
