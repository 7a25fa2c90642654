using Triangulate.Analysis;
using Triangulate.Reports;

namespace Triangulate.Web.Views;

/// <summary>A story in a list: the report schema's story fields, its time span and outlets, and how many independent origins its articles have.</summary>
/// <param name="IndependentOrigins">Distinct provenance groups among the articles (an article sharing text with none counts alone): five copies of one wire count 1.</param>
public sealed record StorySummary(
    string Id,
    string Title,
    IReadOnlyList<string> Articles,
    ReportOrigin Origin,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    IReadOnlyList<string> Outlets,
    int IndependentOrigins)
{
    public static StorySummary Of(StoryView story, IReadOnlyDictionary<string, string> groups) => new(
        story.Id, story.Title, story.ArticleIds, story.Origin, story.FirstSeen, story.LastSeen, story.Outlets, CountOrigins(story.ArticleIds, groups));

    public static int CountOrigins(IEnumerable<string> articles, IReadOnlyDictionary<string, string> groups) =>
        articles.Select(a => groups.GetValueOrDefault(a) ?? a).Distinct(StringComparer.Ordinal).Count();
}
