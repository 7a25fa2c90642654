namespace Triangulate.Stories;

/// <summary>
/// An article as the clusterer holds it: what a story record needs, and the vectors over the clusterer's key numbers
/// (comparisons then look up ints). The string-keyed features are not kept, which keeps a member small.
/// </summary>
internal sealed class StoryMember(StoryFeatures features, SparseVector terms, SparseVector actors, SparseVector numbers)
{
    public string ArticleId { get; } = features.ArticleId;

    public string Title { get; } = features.Title;

    public string? Outlet { get; } = features.Outlet;

    public DateTimeOffset? Published { get; } = features.Published;

    public int? EventYear { get; } = features.EventYear;

    public SparseVector Terms { get; } = terms;

    public SparseVector Actors { get; } = actors;

    public SparseVector Numbers { get; } = numbers;
}
