using System.Text.RegularExpressions;
using Triangulate.Ingest;
using Triangulate.Text;

namespace Triangulate.Reuse;

/// <summary>An article of a provenance group with its prepared sentences.</summary>
public sealed partial record GroupMember(Article Article, ArticleSentences Text)
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

    /// <summary>The month and day its dateline names ("BRUSSELS, March 18 (Reuters) -"), when it opens with a dated one.</summary>
    public (int Month, int Day)? DatelineDay { get; } = DayOf(Article);

    /// <summary>
    /// Whether two articles are different reports however alike their text: dated more than <see cref="MostCopyDelay"/>
    /// apart, or opening with datelines of different days. A copy runs within days of its source and keeps its
    /// dateline; a recurring report (this week's figures, last week's) repeats its template with a new date.
    /// </summary>
    public bool ReportsApartFrom(GroupMember other) =>
        (DatelineDay is { } day && other.DatelineDay is { } otherDay && day != otherDay)
        || (Published is { } start && LatestPublished is { } end && other.Published is { } otherStart && other.LatestPublished is { } otherEnd
            && (otherStart - end > MostCopyDelay || start - otherEnd > MostCopyDelay));

    /// <summary>How long after its source a copy may still run.</summary>
    public static readonly TimeSpan MostCopyDelay = TimeSpan.FromDays(4);

    /// <summary>Who the article is by, for people: the outlet, else the title.</summary>
    public string Label => Article.Outlet?.Name ?? Article.Title;

    public bool IsBy(string agency) =>
        Article.Outlet is { } outlet && NewsAgencies.Same(outlet.Name, agency);

    public bool Credits(string agency) => Article.Credits.Any(credit => NewsAgencies.Same(credit, agency));

    /// <summary>Whether the article opens with a dateline crediting the agency ("KELL, Oct 20 (Meridian Press) -").</summary>
    public bool DatelineCredits(string agency) =>
        Article.Body.Count > 0 && DatelineCredit().Match(Article.Body[0]) is { Success: true } dateline && NewsAgencies.Same(dateline.Groups["agency"].Value, agency);

    /// <summary>
    /// Whether the text is the agency's: by the agency, or credited to it in the dateline, a byline or a closing
    /// signature. An agency the text only cites ("told Reuters", "an ex-BBC host") is a source, not its origin.
    /// </summary>
    public bool IsWireOf(string agency) =>
        IsBy(agency) || DatelineCredits(agency)
        || (Article.Byline is { } byline && byline.Contains(agency, StringComparison.OrdinalIgnoreCase))
        || Article.Removed.Any(line => NewsAgencies.Same(line.Text.Trim().TrimEnd('.'), agency));

    private static (int Month, int Day)? DayOf(Article article) =>
        article.Body.Count > 0 ? DateParser.DatelineDay(article.Body[0]) : null;

    [GeneratedRegex(@"^[^()]{2,80}?\((?<agency>[^()]{2,40})\)\s*[-–—]", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex DatelineCredit();
}
