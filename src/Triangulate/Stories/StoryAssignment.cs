namespace Triangulate.Stories;

/// <summary>The decision taken for one article: which story it joined or founded, the score, and the signals behind it.</summary>
/// <param name="StoryId">The story the article went to at the time (a later merge may fold it into another story).</param>
/// <param name="Score">The combined score against the chosen story; 0 when the article founded a story with no candidate.</param>
/// <param name="Signals">The signals against the best candidate story, whether or not the article joined it.</param>
/// <param name="MergedStoryIds">Stories this article bridged, folded into <paramref name="StoryId"/>.</param>
public sealed record StoryAssignment(
    string ArticleId,
    string StoryId,
    StoryDecision Decision,
    double Score,
    StorySignals? Signals,
    IReadOnlyList<string> MergedStoryIds);
