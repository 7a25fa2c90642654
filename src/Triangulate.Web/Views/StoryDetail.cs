using Triangulate.Analysis;
using Triangulate.Reports;
using Triangulate.Storage;

namespace Triangulate.Web.Views;

/// <summary>
/// One story: the report schema's story fields (origin, derivations, changes), its articles in time order with the
/// kind of copy each is, why each joined, and how many independent origins it has.
/// </summary>
/// <param name="Articles">Article ids in time order (undated last).</param>
public sealed record StoryDetail(
    string Id,
    string Title,
    IReadOnlyList<string> Articles,
    ReportOrigin Origin,
    IReadOnlyList<ReportDerivation> Derivations,
    IReadOnlyList<ReportChange> Changes,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    IReadOnlyList<string> Outlets,
    int IndependentOrigins,
    IReadOnlyList<StoryMember> Members,
    IReadOnlyList<StoryJoin> Joins,
    IReadOnlyList<EventView> Events,
    IReadOnlyList<ClaimView> Claims)
{
    public static StoryDetail Of(StoryView story, IReadOnlyList<ArticleSummary> articles, IReadOnlyDictionary<string, string> groups,
        IReadOnlyList<EventView> events, IReadOnlyList<ClaimView> claims)
    {
        var derivations = story.Derivations.DistinctBy(d => d.Article).ToDictionary(d => d.Article);
        var changes = story.Changes.CountBy(c => c.Article).ToDictionary();
        var members = articles
            .OrderBy(a => a.Published?.Value ?? DateTimeOffset.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(a =>
            {
                var derivation = derivations.GetValueOrDefault(a.Id);
                var copy = derivation?.Kind ?? (a.Id == story.Origin.Article ? "origin" : "independent");
                return new StoryMember(a.Id, a.Title, a.Outlet?.Name, Queries.Published(a.Published), copy, derivation?.From, derivation?.Shared,
                    groups.GetValueOrDefault(a.Id), changes.GetValueOrDefault(a.Id));
            })
            .ToList();
        return new StoryDetail(story.Id, story.Title, [.. members.Select(m => m.Id)], story.Origin, story.Derivations, story.Changes,
            story.FirstSeen, story.LastSeen, story.Outlets, StorySummary.CountOrigins(story.ArticleIds, groups), members, story.Joins, events, claims);
    }
}

/// <summary>An article of a story: what it is (origin, a kind of copy, or independent), its parent and how much of it it carries.</summary>
public sealed record StoryMember(
    string Id, string Title, string? Outlet, ReportPublished? Published, string Copy, string? From, double? Shared, string? Group, int Changes);
