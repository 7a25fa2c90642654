namespace Triangulate.Stories;

/// <summary>
/// The inverted index from index terms to the active stories filed under them, so an article is scored against the
/// few stories sharing the most of its terms instead of every active story.
/// </summary>
/// <param name="maxCandidates">How many stories a lookup returns at most.</param>
/// <param name="maxStoriesPerKey">A term filed under more stories than this no longer narrows the search, and is skipped
/// by lookups (which would otherwise slow down with the number of active stories).</param>
internal sealed class StoryIndex(int maxCandidates, int maxStoriesPerKey)
{
    private readonly Dictionary<int, HashSet<StoryState>> postings = [];

    // Scratch space of a lookup, reused so that a lookup allocates only its result.
    private readonly List<StoryState> sharing = [];
    private readonly PriorityQueue<StoryState, (int SharedKeys, int NegatedSequence)> best = new(maxCandidates + 1);
    private int lookups;

    /// <summary>Files a story under more terms.</summary>
    public void Add(StoryState story, IEnumerable<int> keys)
    {
        foreach (var key in keys)
        {
            if (!postings.TryGetValue(key, out var stories))
            {
                postings[key] = stories = [];
            }
            stories.Add(story);
        }
    }

    /// <summary>Takes a story out from under every term in its <see cref="StoryState.IndexKeys"/>.</summary>
    public void Remove(StoryState story)
    {
        foreach (var key in story.IndexKeys)
        {
            if (postings.TryGetValue(key, out var stories) && stories.Remove(story) && stories.Count == 0)
            {
                postings.Remove(key);
            }
        }
    }

    /// <summary>The stories sharing the most of <paramref name="keys"/> (ties to the older story), in founding order.</summary>
    public List<StoryState> Candidates(IEnumerable<int> keys)
    {
        var lookup = ++lookups;
        sharing.Clear();
        foreach (var key in keys)
        {
            if (!postings.TryGetValue(key, out var stories) || stories.Count > maxStoriesPerKey)
            {
                continue;
            }
            foreach (var story in stories)
            {
                if (story.Lookup != lookup)
                {
                    story.Lookup = lookup;
                    story.SharedKeys = 0;
                    sharing.Add(story);
                }
                story.SharedKeys++;
            }
        }
        var candidates = new List<StoryState>(Math.Min(sharing.Count, maxCandidates));
        if (sharing.Count <= maxCandidates)
        {
            candidates.AddRange(sharing);
        }
        else
        {
            // A min-heap of the best so far: fewest shared keys, then the youngest story, leaves first.
            foreach (var story in sharing)
            {
                best.Enqueue(story, (story.SharedKeys, -story.Sequence));
                if (best.Count > maxCandidates)
                {
                    best.Dequeue();
                }
            }
            while (best.TryDequeue(out var story, out _))
            {
                candidates.Add(story);
            }
        }
        candidates.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        return candidates;
    }
}
