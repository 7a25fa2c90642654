using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Triangulate.Ingest;

/// <summary>
/// The metadata of a page: title (og:title, JSON-LD headline, h1, &lt;title&gt; without the site suffix),
/// publication time clues (JSON-LD datePublished, article:published_time and kin, &lt;time datetime&gt;, the URL),
/// byline, site name, canonical URL, and the JSON-LD articleBody when a page carries one.
/// </summary>
internal sealed partial record HtmlMetadata(string Title, IReadOnlyList<DateClue> DateClues, string? Byline, string? SiteName, string? Url, string? ArticleBody)
{
    private static readonly string[] PublishedMetaNames =
    [
        "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "publish-date", "date",
        "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "published_time",
    ];

    public static HtmlMetadata Read(IDocument document, string? pageUrl)
    {
        var jsonLd = JsonLdArticles(document).ToList();
        var siteName = Meta(document, "og:site_name") ?? jsonLd.Select(j => Nested(j, "publisher", "name")).FirstOrDefault(n => n is not null);
        var h1 = document.QuerySelector("h1") is { } heading ? HtmlText.Of(heading) : null;
        var title = FirstNonEmpty(
            Meta(document, "og:title"),
            jsonLd.Select(j => Text(j, "headline")).FirstOrDefault(h => h is not null),
            h1,
            WithoutSiteSuffix(document.Title, siteName)) ?? "";

        var clues = new List<DateClue>();
        foreach (var article in jsonLd)
        {
            if (Text(article, "datePublished") is { } published && Parse(published, "JSON-LD datePublished") is { } time)
                clues.Add(new DateClue(time, ClueStrength.Metadata));
        }
        foreach (var name in PublishedMetaNames)
        {
            if (Meta(document, name) is { } value && Parse(value, $"meta {name}") is { } time)
                clues.Add(new DateClue(time, ClueStrength.Metadata));
        }
        foreach (var element in document.QuerySelectorAll("time[datetime]").Take(3))
        {
            if (Parse(element.GetAttribute("datetime")!, "<time datetime>") is { } time)
                clues.Add(new DateClue(time, ClueStrength.Visible));
        }
        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url") ?? pageUrl;
        if (url is not null && UrlDate().Match(url) is { Success: true } path
            && DateOnly.TryParseExact($"{path.Groups["y"].Value}-{path.Groups["m"].Value}-{path.Groups["d"].Value}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            clues.Add(new DateClue(new PublicationTime(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), TimePrecision.Day, true, $"date in the URL {path.Value}", HasOffset: false), ClueStrength.Url));

        var byline = FirstNonEmpty(
            Meta(document, "author"),
            jsonLd.Select(j => Nested(j, "author", "name") ?? Text(j, "author")).FirstOrDefault(a => a is not null),
            document.QuerySelector("[rel=author], .byline, [itemprop=author]") is { } author ? HtmlText.Of(author) : null);
        var body = jsonLd.Select(j => Text(j, "articleBody")).FirstOrDefault(b => b is { Length: > 200 });
        return new HtmlMetadata(title, clues, byline, siteName, url, body);
    }

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.Head?.GetElementsByTagName("meta") ?? document.GetElementsByTagName("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase) && meta.GetAttribute("content") is { Length: > 0 } content)
                return content.Trim();
        }
        return null;
    }

    /// <summary>"Dam breaks in Kell | The Velmora Post" → "Dam breaks in Kell".</summary>
    private static string? WithoutSiteSuffix(string? title, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(title))
            return null;
        foreach (var separator in new[] { " | ", " – ", " — ", " - ", " :: ", " · " })
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 10 && (siteName is null || title[(at + separator.Length)..].Contains(siteName, StringComparison.OrdinalIgnoreCase) || title.Length - at < 40))
                return title[..at].Trim();
        }
        return title.Trim();
    }

    private static IEnumerable<JsonElement> JsonLdArticles(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            JsonElement root;
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 32 });
                root = json.RootElement.Clone();
            }
            catch (JsonException)
            {
                continue;
            }
            foreach (var node in Flatten(root))
            {
                if (node.TryGetProperty("@type", out var type) && type.ToString() is var name && (name.Contains("Article", StringComparison.Ordinal) || name.Contains("Posting", StringComparison.Ordinal) || name.Contains("Report", StringComparison.Ordinal)))
                    yield return node;
            }
        }
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object),
        JsonValueKind.Object when element.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array =>
            graph.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object),
        JsonValueKind.Object => [element],
        _ => [],
    };

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Nested(JsonElement element, string property, string inner)
    {
        if (!element.TryGetProperty(property, out var value))
            return null;
        if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0)
            value = value[0];
        return value.ValueKind == JsonValueKind.Object ? Text(value, inner) : null;
    }

    private static PublicationTime? Parse(string value, string source) =>
        PublicationTimeResolver.ParseHinted(value) is { } time ? time with { Evidence = $"{source}={value.Trim()}" } : null;

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/-](?<m>[01]?\d)[/-](?<d>[0-3]?\d)(?:/|$)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UrlDate();
}
