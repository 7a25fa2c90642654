using Triangulate.Ingest;

namespace Triangulate.Reuse;

/// <summary>An article of a provenance group with its prepared sentences.</summary>
public sealed record GroupMember(Article Article, ArticleSentences Text)
{
    public string Id => Article.Id;

    public DateTimeOffset? Published => Article.Published?.Value;

    /// <summary>Who the article is by, for people: the outlet, else the title.</summary>
    public string Label => Article.Outlet?.Name ?? Article.Title;

    public bool IsBy(string agency) =>
        Article.Outlet is { } outlet && NewsAgencies.Same(outlet.Name, agency);

    public bool Credits(string agency) => Article.Credits.Any(credit => NewsAgencies.Same(credit, agency));
}
