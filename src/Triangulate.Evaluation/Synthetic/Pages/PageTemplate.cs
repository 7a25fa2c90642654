using System.Globalization;

namespace Triangulate.Evaluation.Synthetic.Pages;

/// <summary>
/// One fictional outlet's article page, written after the way real news sites mark up an article: which metadata it
/// carries (JSON-LD, OpenGraph, &lt;time&gt;, the URL), how it shows the date, and what furniture surrounds the text.
/// </summary>
public abstract class PageTemplate
{
    /// <summary>The template's name in the gold (pages.tsv).</summary>
    public abstract string Name { get; }

    /// <summary>The outlet's name as its masthead, og:site_name or publisher gives it.</summary>
    public abstract string Outlet { get; }

    public abstract string Host { get; }

    /// <summary>The outlet's time zone: its pages state times in it.</summary>
    public abstract TimeSpan Offset { get; }

    public abstract PageHalf Half { get; }

    /// <summary>The agency whose own site this is; null for an outlet that republishes.</summary>
    public virtual string? AgencySite => null;

    /// <summary>True when the address carries the publication date (/1987/02/26/).</summary>
    public virtual bool DateInUrl => false;

    /// <summary>True when the page states its publication date anywhere: metadata, a visible line or the address.</summary>
    public virtual bool StatesDate => true;

    public virtual HeadlineStyle Headlines => HeadlineStyle.TitleCase;

    /// <summary>How many sentences the outlet puts in one paragraph.</summary>
    public virtual int SentencesPerParagraph => 1;

    public abstract string Render(NewsPage page);

    public string UrlFor(string slug, string section, DateTimeOffset published) => DateInUrl
        ? $"https://{Host}/{section}/{published.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)}/{slug}/"
        : $"https://{Host}/{section}/{slug}.html";
}
