using Triangulate.Events;
using Triangulate.Facts;
using Triangulate.Reuse;
using Triangulate.Stories;

namespace Triangulate.Analysis;

/// <summary>
/// What one pass of <see cref="CorpusAnalysis.Add"/> changed: the stories that exist now (with their provenance), the
/// ids of stories that no longer exist (merged into another, or emptied), the provenance groups rebuilt, and the
/// corpus-wide actors as they stand after the pass. A <paramref name="Complete"/> update is the whole
/// analysis of the store and replaces whatever was stored before; any other replaces the analysis of the articles
/// of its <see cref="Scope"/> and leaves the rest as stored.
/// </summary>
public sealed record AnalysisUpdate(
    IReadOnlyList<StoryView> Stories,
    IReadOnlyList<string> RemovedStoryIds,
    IReadOnlyList<ProvenanceGroup> Groups,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<ActorArticle> ActorArticles,
    int NextStorySequence,
    bool Complete = false)
{
    /// <summary>The merged events of the stories in <see cref="Stories"/>.</summary>
    public IReadOnlyList<EventView> Events { get; init; } = [];

    /// <summary>The corpus-wide merged numeric claims, with their support and the claims revising or contradicting them.</summary>
    public IReadOnlyList<ClaimView> ClaimFacts { get; init; } = [];

    /// <summary>Who says what, article by article, for the articles of <see cref="Stories"/>.</summary>
    public IReadOnlyList<AttributionView> Attributions { get; init; } = [];

    /// <summary>The articles whose stored groups, actor mentions, claims and attributions this update replaces.</summary>
    public IReadOnlyList<string> Scope { get; init; } = [];

    /// <summary>The story document frequencies of the articles this update adds to the store (of every article when complete).</summary>
    public StoryFrequencyTable Frequencies { get; init; } = StoryFrequencyTable.Empty;

    /// <summary>Stored actors no article names any more.</summary>
    public IReadOnlyList<string> RemovedActorIds { get; init; } = [];
}
