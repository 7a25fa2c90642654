namespace Triangulate.Stories;

/// <summary>Every article about one real-world event, as the clusterer grouped them.</summary>
/// <param name="Id">"story-" and the XXH64 of the founding article's id: stable across runs and incremental updates.</param>
/// <param name="Title">The headline of the member closest to the story's centroid.</param>
/// <param name="FirstSeen">The earliest known publication time of a member, if any member is dated.</param>
/// <param name="LastSeen">The latest known publication time of a member.</param>
/// <param name="ArticleIds">Members in the order they joined.</param>
/// <param name="Outlets">Distinct outlet names of the members, in order of first appearance.</param>
/// <param name="Decisions">Why each member joined: the score and signals of its assignment.</param>
public sealed record Story(
    string Id,
    string Title,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    IReadOnlyList<string> ArticleIds,
    IReadOnlyList<string> Outlets,
    IReadOnlyList<StoryAssignment> Decisions);
