using Microsoft.Data.Sqlite;
using Triangulate.Storage;

namespace Triangulate.Tests.Storage;

/// <summary>The SQLite store keeps the contract every backend keeps, opened the way users open it: a connection string.</summary>
public sealed class SqliteArticleStoreContractTests : ArticleStoreContract
{
    private readonly TempFolder _folder = new();

    protected override IArticleStore Open(StoreOpenMode mode = StoreOpenMode.ReadWriteCreate) =>
        ArticleStores.Open($"Data Source={Path.Combine(_folder.Path, "contract.db")}", mode);

    public override void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
        base.Dispose();
    }
}
