namespace Triangulate.Ingest;

/// <summary>Takes the site's name off a page title: "Storm closes port | Harbour Times" becomes "Storm closes port".</summary>
internal static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ", " // "];

    public static string WithoutSiteSuffix(string title, string? siteName)
    {
        foreach (var separator in Separators)
        {
            var last = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0)
            {
                var head = title[..last].Trim();
                var tail = title[(last + separator.Length)..].Trim();
                if (IsSiteName(tail, siteName) || (WordCount(tail) <= 3 && WordCount(head) >= 4))
                {
                    return head;
                }
            }
            var first = title.IndexOf(separator, StringComparison.Ordinal);
            if (first > 0 && IsSiteName(title[..first].Trim(), siteName))
            {
                return title[(first + separator.Length)..].Trim();
            }
        }
        // "Harbour Times: Storm closes port": a colon ends the site's name only where it opens the title.
        var colon = title.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && IsSiteName(title[..colon].Trim(), siteName) ? title[(colon + 2)..].Trim() : title;
    }

    /// <summary>The part <see cref="WithoutSiteSuffix"/> took off <paramref name="title"/> to leave <paramref name="cleaned"/>: the site's name.</summary>
    public static string? SiteSuffix(string title, string cleaned)
    {
        var rest = title.StartsWith(cleaned, StringComparison.Ordinal) ? title[cleaned.Length..] : title.EndsWith(cleaned, StringComparison.Ordinal) ? title[..^cleaned.Length] : null;
        var name = rest?.Trim().Trim(Separators.Select(separator => separator.Trim()[0]).Append(' ').ToArray()).Trim();
        return name is { Length: > 1 } && WordCount(name) <= 5 ? name : null;
    }

    private static bool IsSiteName(string part, string? siteName) =>
        siteName is { Length: > 0 } && part.Length > 0
        && (part.Contains(siteName, StringComparison.OrdinalIgnoreCase) || siteName.Contains(part, StringComparison.OrdinalIgnoreCase));

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
