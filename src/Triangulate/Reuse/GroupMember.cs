using Triangulate.Ingest;

namespace Triangulate.Reuse;

/// <summary>An article of a provenance group with its prepared sentences.</summary>
public sealed record GroupMember(Article Article, ArticleSentences Text)
{
    public string Id => Article.Id;

    public DateTimeOffset? Published => Article.Published?.Value;

    /// <summary>
    /// The latest moment the article's date allows: the end of its day for a date known only to the day, so a page
    /// dated "26 February" does not pass for earlier than one stamped 09:20 that day.
    /// </summary>
    public DateTimeOffset? LatestPublished => Article.Published is { } published
        ? published.Precision switch
        {
            TimePrecision.Year => published.Value.AddYears(1).AddTicks(-1),
            TimePrecision.Month => published.Value.AddMonths(1).AddTicks(-1),
            TimePrecision.Day => published.Value.AddDays(1).AddTicks(-1),
            _ => published.Value,
        }
        : null;

    /// <summary>Who the article is by, for people: the outlet, else the title.</summary>
    public string Label => Article.Outlet?.Name ?? Article.Title;

    public bool IsBy(string agency) =>
        Article.Outlet is { } outlet && NewsAgencies.Same(outlet.Name, agency);

    public bool Credits(string agency) => Article.Credits.Any(credit => NewsAgencies.Same(credit, agency));
}
