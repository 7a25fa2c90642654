namespace Triangulate.Stories;

/// <summary>What the clusterer did with an article.</summary>
public enum StoryDecision
{
    /// <summary>No story scored above the join threshold: the article founded a new story.</summary>
    Founded,

    /// <summary>The article joined the best-scoring story.</summary>
    Joined,

    /// <summary>A consolidation pass moved the article to a story it fits better (or to a story of its own).</summary>
    Reassigned,
}
