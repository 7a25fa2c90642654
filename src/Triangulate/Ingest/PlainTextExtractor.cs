using System.Text;

namespace Triangulate.Ingest;

/// <summary>
/// Cleans article text saved from a page (as in ../shared/seeds): the headline becomes the title, page furniture is
/// set aside with its reason, hard-wrapped lines are joined into paragraphs, and date stamps and caption dates
/// become date clues.
/// </summary>
public static class PlainTextExtractor
{
    private const int MaxHeadlineWords = 30;

    /// <param name="knownTitle">The title when the container gave one (a JSON line, a feed item): then no line is taken as the headline.</param>
    /// <param name="clock">Bounds the year of a weekday date ("said Wednesday (October 25)") when the text names no year; none: no such guess.</param>
    public static ExtractedArticle Extract(string text, string? knownTitle = null, TimeProvider? clock = null)
    {
        var paragraphs = Paragraphs(text);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeated = paragraphs.GroupBy(Normal).Where(group => group.Count() > 1).Select(group => group.Key).ToHashSet();
        var body = new List<string>();
        var removed = new List<RemovedLine>();
        var clues = new List<DateClue>();
        string? title = knownTitle;
        string? byline = null;

        for (var index = 0; index < paragraphs.Count; index++)
        {
            var paragraph = paragraphs[index];
            var reason = FurnitureRules.Classify(paragraph);
            if (!seen.Add(Normal(paragraph)))
                reason = FurnitureRules.Duplicate;
            else if (reason is null && repeated.Contains(Normal(paragraph)) && IsCaptionLike(paragraph))
                reason = FurnitureRules.Caption;
            if (reason is null && title is null && body.Count == 0 && FurnitureRules.IsShortLabel(paragraph) && HeadlineFollows(paragraphs, index))
                reason = FurnitureRules.Label;

            if (reason is not null)
            {
                removed.Add(new RemovedLine(paragraph, reason));
                if (reason == FurnitureRules.Caption)
                    clues.AddRange(DateClueFinder.FromCaption(paragraph));
                else if (reason == FurnitureRules.DateStamp)
                    clues.AddRange(DateClueFinder.FromDateLine(paragraph));
                else if (reason == FurnitureRules.Byline)
                    byline ??= paragraph.TrimEnd('|', ' ');
                continue;
            }
            if (title is null && body.Count == 0 && LooksLikeHeadline(paragraph))
            {
                title = paragraph;
                continue;
            }
            body.Add(paragraph);
        }

        if (DateClueFinder.LatestYear(text, clues, clock) is { } latestYear)
            clues.AddRange(DateClueFinder.FromWeekdayDates(string.Join("\n", body), latestYear));
        return new ExtractedArticle(title ?? LeadAsTitle(body), body, removed, clues, byline, Modified: PublicationTimeResolver.ResolveModified(clues));
    }

    /// <summary>
    /// Paragraphs from lines: blank lines separate them; inside a block, lines that end a sentence stay separate and
    /// hard-wrapped lines (no end punctuation) are joined.
    /// </summary>
    private static List<string> Paragraphs(string text)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
                continue;
            }
            if (current.Length > 0)
                current.Append(' ');
            current.Append(line);
            if (EndsParagraphLine(line))
                Flush();
        }
        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Length > 0)
                paragraphs.Add(current.ToString());
            current.Clear();
        }
    }

    /// <summary>A line that ends a sentence, a short title-like line, or a label ends its paragraph; a long line cut mid-sentence does not.</summary>
    private static bool EndsParagraphLine(string line) =>
        line[^1] is '.' or '!' or '?' or '"' or '”' or ')' or ']' or ':' or '*' or '|' || line.Length < 50;

    /// <summary>"World" above "Ferry crews end strike": a short line is a section label when a headline comes next.</summary>
    private static bool HeadlineFollows(List<string> paragraphs, int index)
    {
        var next = paragraphs.Skip(index + 1).FirstOrDefault(p => FurnitureRules.Classify(p) is null);
        return next is not null && LooksLikeHeadline(next) && !next.EndsWith('.') && next.Split(' ').Length > 3;
    }

    private static bool LooksLikeHeadline(string paragraph)
    {
        var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is >= 2 and <= MaxHeadlineWords && !(paragraph.EndsWith('.') && words > 15);
    }

    /// <summary>With no headline (a bare wire text), the lead sentence names the article, cut at a word near 120 characters.</summary>
    private static string LeadAsTitle(List<string> body)
    {
        if (body.Count == 0)
            return "";
        var lead = body[0];
        var sentenceEnd = lead.IndexOf(". ", StringComparison.Ordinal);
        if (sentenceEnd > 0)
            lead = lead[..(sentenceEnd + 1)];
        if (lead.Length <= 120)
            return lead;
        var cut = lead.LastIndexOf(' ', 120);
        return lead[..(cut > 60 ? cut : 120)] + "…";
    }

    private static bool IsCaptionLike(string paragraph) => paragraph.Length < 400 && !paragraph.Contains('“') && !paragraph.Contains('"');

    private static string Normal(string paragraph) => paragraph.Trim().ToLowerInvariant();
}
