using System.Collections.Concurrent;
using Triangulate.Storage;

namespace Triangulate.Web;

/// <summary>
/// Read-only connections to the store, one per request at a time (a SQLite connection serves one caller), kept for
/// the next request instead of reopened. Readers see each committed upload, as WAL readers do. The server also
/// writes (uploads), so it opens the store for writing once first: that creates it, or brings its schema up to date.
/// </summary>
public sealed class StorePool : IDisposable
{
    private const int MaxIdle = 16;
    private readonly ConcurrentBag<IArticleStore> _idle = [];

    public StorePool(string connection)
    {
        Connection = connection;
        ArticleStores.Open(connection).Dispose();
    }

    /// <summary>The store's path or connection string, for the one writer (uploads).</summary>
    public string Connection { get; }

    public Lease Rent() => new(this, _idle.TryTake(out var store) ? store : ArticleStores.Open(Connection, StoreOpenMode.ReadOnly));

    public void Dispose()
    {
        while (_idle.TryTake(out var store))
            store.Dispose();
    }

    private void Return(IArticleStore store)
    {
        if (_idle.Count < MaxIdle)
            _idle.Add(store);
        else
            store.Dispose();
    }

    /// <summary>One connection, returned to the pool when disposed.</summary>
    public sealed class Lease(StorePool pool, IArticleStore store) : IDisposable
    {
        public IArticleStore Store => store;

        public void Dispose() => pool.Return(store);
    }
}
