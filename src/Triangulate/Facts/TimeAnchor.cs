namespace Triangulate.Facts;

/// <summary>The day an article's relative times ("last week", "on Friday") are read against.</summary>
public static class TimeAnchor
{
    /// <summary>
    /// The article's publication day; for an undated article, the earliest publication day among the other articles of
    /// its story (copies appear with or after the report they carry, so the earliest is closest to when it was written);
    /// null when none of them is dated.
    /// </summary>
    public static DateOnly? Of(Article article, IEnumerable<Article> story)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(story);
        var published = article.Published?.Value ?? story.Where(other => other.Id != article.Id).Select(other => other.Published?.Value).Min();
        return published is { } day ? DateOnly.FromDateTime(day.DateTime) : null;
    }
}
