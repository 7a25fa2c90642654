using Triangulate.Storage;
using Triangulate.Stories;

namespace Triangulate.Analysis;

/// <summary>
/// The stored articles that new articles may change the analysis of, so a later ingest analyses them again and leaves
/// the rest of the store as it is: the stories the clusterer could still place the new articles in (active within its
/// retirement window of their publication times, or undated) whose headlines share at least
/// <see cref="SharedTerms"/> distinctive terms with a new article, and then every article sharing a provenance group
/// or a merged claim with those, with the rest of its story.
/// </summary>
public static class StoryNeighbourhood
{
    /// <summary>How many distinctive terms a stored headline must share with a new article.</summary>
    public const int SharedTerms = 2;

    /// <summary>A term in more than this share of the stored headlines (a "dividend", a "says") tells no story apart.</summary>
    private const double CommonShare = 0.02;

    /// <summary>So few headlines that no term is common among them.</summary>
    private const int FewHeadlines = 200;

    /// <summary>The new articles' terms come from their headline and the opening of their text.</summary>
    private const int OpeningCharacters = 1500;

    /// <summary>The stored articles to analyse again with <paramref name="added"/>, and the stored story of each.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> FindAsync(IArticleStore store, IReadOnlyList<Article> added,
        StoryClusteringOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(added);
        var window = (options ?? StoryClusteringOptions.Default).RetirementWindow;
        var dated = added.All(a => a.Published is not null);
        var members = await store.StoryMembersAsync(
            dated ? added.Min(a => a.Published!.Value) - window : null,
            dated ? added.Max(a => a.Published!.Value) + window : null, cancellation);
        var stories = Candidates(members, added);
        var storyOf = members.Where(m => stories.Contains(m.Story)).ToDictionary(m => m.Article, m => m.Story, StringComparer.Ordinal);
        if (storyOf.Count == 0)
            return storyOf;
        var linked = await store.LinkedArticlesAsync([.. storyOf.Keys], cancellation);
        var outside = linked.Where(id => !storyOf.ContainsKey(id)).ToList();
        if (outside.Count > 0)
        {
            foreach (var story in await store.StoriesOfAsync(outside, cancellation))
            {
                foreach (var article in story.ArticleIds)
                    storyOf[article] = story.Id;
            }
        }
        return storyOf;
    }

    /// <summary>The stories among <paramref name="members"/> with a headline sharing distinctive terms with a new article.</summary>
    public static IReadOnlySet<string> Candidates(IReadOnlyList<StoredMember> members, IReadOnlyList<Article> added)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(added);
        var headlines = members.Select(m => StoryTerms.Extract(m.Title).ToHashSet(StringComparer.Ordinal)).ToList();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in headlines.SelectMany(terms => terms))
            frequency[term] = frequency.GetValueOrDefault(term) + 1;
        var common = headlines.Count < FewHeadlines ? int.MaxValue : (int)(CommonShare * headlines.Count);
        var articlesWith = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var a = 0; a < added.Count; a++)
        {
            foreach (var term in Terms(added[a]))
                (articlesWith.TryGetValue(term, out var list) ? list : articlesWith[term] = []).Add(a);
        }
        var stories = new HashSet<string>(StringComparer.Ordinal);
        var shared = new Dictionary<int, int>();
        for (var i = 0; i < members.Count; i++)
        {
            if (stories.Contains(members[i].Story))
                continue;
            var distinctive = headlines[i].Where(term => frequency[term] <= common).ToList();
            var needed = Math.Min(SharedTerms, distinctive.Count);
            shared.Clear();
            foreach (var term in distinctive)
            {
                foreach (var article in articlesWith.GetValueOrDefault(term) ?? [])
                    shared[article] = shared.GetValueOrDefault(article) + 1;
            }
            if (needed > 0 && shared.Values.Any(count => count >= needed))
                stories.Add(members[i].Story);
        }
        return stories;
    }

    private static IEnumerable<string> Terms(Article article)
    {
        var text = string.Join("\n", article.Body);
        return StoryTerms.Extract(article.Title + "\n" + text[..Math.Min(text.Length, OpeningCharacters)]).Distinct(StringComparer.Ordinal);
    }
}
