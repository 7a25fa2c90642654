namespace Triangulate.Storage;

/// <summary>
/// Where articles live between runs. SQLite is the default; every implementation keeps the same contract:
/// a batch is one transaction, and adding an article that is already stored changes nothing.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>Stores a batch atomically; articles already stored (same id) are skipped.</summary>
    BatchResult Add(IReadOnlyList<Article> batch);

    /// <summary>Every stored article, in the order they were first stored.</summary>
    IReadOnlyList<Article> Articles();

    /// <summary>The article with this id, or with this unique id prefix; null when none or ambiguous.</summary>
    Article? Find(string idOrPrefix);

    /// <summary>Full-text search over sentences, best first.</summary>
    IReadOnlyList<SearchHit> Search(string query, int limit = 20);
}
