using System.Collections.Concurrent;
using Triangulate.Storage;

namespace Triangulate.Web;

/// <summary>
/// Read-only connections to the store, one per request at a time (a SQLite connection serves one caller), kept for
/// the next request instead of reopened. Readers see each committed upload, as WAL readers do.
/// </summary>
public sealed class StorePool : IDisposable
{
    private const int MaxIdle = 16;
    private readonly ConcurrentBag<SqliteArticleStore> _idle = [];

    public StorePool(string path)
    {
        Path = path;
        if (!File.Exists(path))
            SqliteArticleStore.Open(path).Dispose();
    }

    /// <summary>The store's file, for the one writer (uploads).</summary>
    public string Path { get; }

    public Lease Rent() => new(this, _idle.TryTake(out var store) ? store : SqliteArticleStore.Open(Path, StoreOpenMode.ReadOnly));

    public void Dispose()
    {
        while (_idle.TryTake(out var store))
            store.Dispose();
    }

    private void Return(SqliteArticleStore store)
    {
        if (_idle.Count < MaxIdle)
            _idle.Add(store);
        else
            store.Dispose();
    }

    /// <summary>One connection, returned to the pool when disposed.</summary>
    public sealed class Lease(StorePool pool, SqliteArticleStore store) : IDisposable
    {
        public IArticleStore Store => store;

        public void Dispose() => pool.Return(store);
    }
}
