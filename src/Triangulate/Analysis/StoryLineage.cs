using Triangulate.Stories;

namespace Triangulate.Analysis;

/// <summary>
/// Keeps story ids stable when stored stories are clustered again with new articles: each stored story passes its id
/// to the new story holding most of its articles, and a new story takes at most one stored id (that of the stored
/// story it holds most of, the older on a tie). A stored story whose articles went to a story that kept another id
/// has merged into it and is gone; a new story that inherits nothing keeps its own new id.
/// </summary>
public static class StoryLineage
{
    /// <param name="storedStoryOf">The stored story of each article that has one.</param>
    public static IReadOnlyList<Story> Inherit(IReadOnlyList<Story> stories, IReadOnlyDictionary<string, string> storedStoryOf)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(storedStoryOf);
        if (storedStoryOf.Count == 0)
            return stories;
        var claims = stories
            .SelectMany((story, index) => story.ArticleIds
                .Select(id => storedStoryOf.GetValueOrDefault(id))
                .OfType<string>()
                .GroupBy(stored => stored, StringComparer.Ordinal)
                .Select(held => (Story: index, Stored: held.Key, Held: held.Count())))
            .OrderByDescending(claim => claim.Held)
            .ThenBy(claim => claim.Story)
            .ThenBy(claim => claim.Stored, StringComparer.Ordinal);
        var heirOf = new Dictionary<int, string>();
        var passed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (story, stored, _) in claims)
        {
            if (!heirOf.ContainsKey(story) && passed.Add(stored))
                heirOf[story] = stored;
        }
        return [.. stories.Select((story, index) => heirOf.TryGetValue(index, out var id) ? story with { Id = id } : story)];
    }
}
