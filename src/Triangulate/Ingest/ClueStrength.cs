namespace Triangulate.Ingest;

/// <summary>How much a date clue says about publication; the strongest clue wins.</summary>
public enum ClueStrength
{
    /// <summary>A date that is only near the publication: a photo caption, "on Friday".</summary>
    Weak,
    /// <summary>A date the text gives for its own news: "said Wednesday (October 25)", a dateline.</summary>
    Text,
    /// <summary>The URL's date path.</summary>
    Url,
    /// <summary>A visible "Published ..." line or a &lt;time&gt; element.</summary>
    Visible,
    /// <summary>Machine-readable metadata: JSON-LD datePublished, article:published_time, the feed or JSON line.</summary>
    Metadata,
}
