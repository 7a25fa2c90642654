namespace Triangulate.Ingest;

/// <summary>
/// Metadata that came with a document rather than from its text: a JSON line's fields, a feed item's,
/// a WARC record's target URI, a sidecar NAME.meta.json, or the command line. Hints win over inference.
/// </summary>
public sealed record ArticleHints(
    string? Id = null,
    string? Url = null,
    string? Title = null,
    string? Outlet = null,
    string? Date = null)
{
    public static readonly ArticleHints None = new();

    /// <summary>This set of hints with every field that <paramref name="overrides"/> sets replaced.</summary>
    public ArticleHints OverriddenBy(ArticleHints overrides) => new(
        overrides.Id ?? Id,
        overrides.Url ?? Url,
        overrides.Title ?? Title,
        overrides.Outlet ?? Outlet,
        overrides.Date ?? Date);
}
