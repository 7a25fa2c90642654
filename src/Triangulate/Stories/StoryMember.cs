namespace Triangulate.Stories;

/// <summary>An article's features as the clusterer holds them: the string-keyed vectors numbered by the clusterer's
/// frequency tables, so comparisons look up ints.</summary>
internal sealed class StoryMember(StoryFeatures features, SparseVector terms, SparseVector actors, SparseVector numbers)
{
    public StoryFeatures Features { get; } = features;

    public SparseVector Terms { get; } = terms;

    public SparseVector Actors { get; } = actors;

    public SparseVector Numbers { get; } = numbers;

    public string ArticleId => Features.ArticleId;

    public DateTimeOffset? Published => Features.Published;

    public int? EventYear => Features.EventYear;
}
