using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Triangulate.Text;

namespace Triangulate.Ingest;

/// <summary>
/// Reads title, byline, site name, masthead, canonical URL and every publication- and modification-date clue from a
/// page's head metadata, JSON-LD (nested @graph included), &lt;time&gt; elements, visible date lines ("Published ...",
/// "Updated ...", a bare date under the headline) and the URL's date path.
/// </summary>
internal sealed partial class HtmlMetadataReader
{
    private static readonly string[] TaglineSeparators = [" - ", " | ", " \u2013 ", " \u2014 ", " \u00b7 "];

    private const int MaxClues = 24;

    private static readonly HashSet<string> PublishedMetaNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "article:published_time", "og:published_time", "article:published", "og:article:published_time",
        "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
        "dc.date.created", "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date", "publication_date",
        "date_published", "article.published", "article_date_original", "originalpublicationdate", "citation_publication_date",
        "citation_date", "cxenseparse:recs:publishtime", "og:pubdate", "published_time", "release_date",
        "article.created", "dc.date.published", "rnews:datepublished", "displaydate", "date.release",
    };

    private static readonly HashSet<string> ModifiedMetaNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "article:modified_time", "og:updated_time", "og:modified_time", "article:modified", "datemodified", "last-modified",
        "lastmod", "dc.date.modified", "dcterms.modified", "article.updated", "parsely-updated", "sailthru.lastmod",
        "modified_time", "updated_time", "revised",
    };

    private const int MaxDateLineLength = 200;

    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    private readonly List<DateClue> clues = [];
    private readonly Dictionary<string, string> meta = new(StringComparer.OrdinalIgnoreCase);
    private string? titleElement;
    private string? firstHeading;
    private string? canonical;
    private string? relAuthor;
    private string? itempropAuthor;
    private string? jsonHeadline;
    private string? jsonName;
    private string? jsonAuthor;
    private string? jsonPublisher;
    private string? masthead;
    private bool bareDateLineSeen;
    private readonly HashSet<string> seenLines = new(StringComparer.Ordinal);

    public static HtmlMetadata Read(HtmlNode root, string? url)
    {
        var reader = new HtmlMetadataReader();
        reader.Visit(root);
        return reader.Build(url);
    }

    private HtmlMetadata Build(string? givenUrl)
    {
        var url = Clean(canonical) ?? Meta("og:url") ?? givenUrl;
        foreach (var candidate in new[] { url, givenUrl })
        {
            if (candidate is not null && DateClueFinder.FromUrl(candidate) is { } fromUrl)
            {
                AddClue(fromUrl);
                break;
            }
        }
        var siteName = Meta("og:site_name") ?? Clean(jsonPublisher) ?? Meta("application-name");
        var title = Meta("og:title") ?? JsonLdTitle() ?? Meta("twitter:title") ?? Clean(firstHeading) ?? Clean(titleElement) ?? "";
        var byline = Clean(jsonAuthor) ?? Meta("author") ?? Meta("article:author") ?? Meta("dc.creator") ?? Meta("parsely-author")
            ?? Meta("sailthru.author") ?? Clean(relAuthor) ?? Clean(itempropAuthor);
        if (byline is not null && byline.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            byline = Clean(relAuthor) ?? Clean(itempropAuthor);
        }
        return new HtmlMetadata(TitleCleaner.WithoutSiteSuffix(title, siteName), byline, siteName, url, clues, Clean(masthead) ?? TitleSuffix());
    }

    /// <summary>
    /// The article object's headline, or its name when that is what the title element says and the headline is not
    /// (encyclopaedias put a description in "headline").
    /// </summary>
    private string? JsonLdTitle()
    {
        var headline = Clean(jsonHeadline);
        var name = Clean(jsonName);
        if (headline is null || name is null || name == headline || Clean(titleElement) is not { } pageTitle)
        {
            return headline;
        }
        return SharedWords(name, pageTitle) > SharedWords(headline, pageTitle) ? name : headline;
    }

    private static double SharedWords(string candidate, string pageTitle)
    {
        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Count(word => pageTitle.Contains(word, StringComparison.OrdinalIgnoreCase)) / (double)words.Length;
    }

    /// <summary>"Storm closes port | Harbour Times": the site's name a title element ends with.</summary>
    private string? TitleSuffix()
    {
        if (Clean(titleElement) is not { } full)
        {
            return null;
        }
        var head = TitleCleaner.WithoutSiteSuffix(full, null);
        return head.Length < full.Length ? TitleCleaner.SiteSuffix(full, head) : null;
    }

    private string? Meta(string name) => meta.TryGetValue(name, out var value) ? Clean(value) : null;

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }
        var text = HtmlText.Collapse(value);
        return text.Length == 0 ? null : text;
    }

    private void Visit(HtmlNode node)
    {
        foreach (var child in node.Children)
        {
            if (child.IsText)
            {
                ReadDateLine(child.Text!);
                continue;
            }
            VisitElement(child);
        }
    }

    private void VisitElement(HtmlNode element)
    {
        switch (element.Tag)
        {
            case "title":
                titleElement ??= element.Text;
                return;
            case "script":
                ReadJsonLd(element.Text);
                return;
            case "meta":
                ReadMeta(element);
                return;
            case "link":
                if (IsRel(element, "canonical"))
                {
                    canonical ??= element.Attribute("href");
                }
                return;
            case "h1":
                firstHeading ??= HtmlText.Inner(element, 300);
                break;
            case "time":
                ReadTime(element);
                break;
            case "a":
                if (IsRel(element, "author"))
                {
                    relAuthor ??= HtmlText.Inner(element, 120);
                }
                break;
        }
        var itemprop = element.Attribute("itemprop");
        if (itemprop is not null)
        {
            ReadItemprop(element, itemprop);
        }
        if (masthead is null && IsMasthead(element))
        {
            masthead = MastheadName(element);
        }
        if (!HtmlTagNames.IsInline(element.Tag!) && !HasBlockChild(element) && !IsTextNodeOnly(element))
        {
            foreach (var line in LinesOf(element))
            {
                ReadDateLine(line);
            }
        }
        Visit(element);
    }

    /// <summary>
    /// A line (a text node, or a leaf block's text between line breaks) that holds only dates and their labels:
    /// "Published Feb. 26, 1987 1:05 p.m. EST | Updated ...", "Veröffentlicht am 16.08.2019".
    /// </summary>
    private void ReadDateLine(string line)
    {
        if (line.Length > MaxDateLineLength * 2 || !DateParser.HasYearDigits(line))
        {
            return;
        }
        var text = HtmlText.Collapse(line);
        if (text.Length > MaxDateLineLength || !seenLines.Add(text))
        {
            return;
        }
        foreach (var clue in DateClueFinder.FromDateLine(text))
        {
            // A bare date is the page's own only where it first appears; later ones date related links.
            if (clue.Strength == ClueStrength.Text && bareDateLineSeen)
            {
                continue;
            }
            bareDateLineSeen |= clue.Strength == ClueStrength.Text;
            AddClue(clue);
        }
    }

    /// <summary>The text of a leaf block, cut at its line breaks; nothing for a block too long to be a date line.</summary>
    private static List<string> LinesOf(HtmlNode element)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var length = 0;
        Append(element);
        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }
        return length > MaxDateLineLength * 2 ? [] : lines;

        void Append(HtmlNode node)
        {
            foreach (var child in node.Children)
            {
                if (length > MaxDateLineLength * 2)
                {
                    return;
                }
                if (child.IsText)
                {
                    line.Append(child.Text);
                    length += child.Text!.Length;
                }
                else if (child.Tag == "br")
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }
                else if (child.Text is null)
                {
                    Append(child);
                }
            }
        }
    }

    /// <summary>A &lt;time&gt; element: its datetime attribute, else its text; an update when its markup or label says so.</summary>
    private void ReadTime(HtmlNode element)
    {
        var datetime = element.Attribute("datetime");
        var value = datetime ?? HtmlText.Inner(element, 100);
        var hints = element.Attribute("itemprop") + " " + element.ClassAndId + " " + (element.Parent is { } parent ? parent.ClassAndId + " " + LabelBefore(element) : "");
        var role = UpdateHint().IsMatch(hints) ? DateRole.Modified : DateRole.Published;
        var evidence = datetime is not null ? "time datetime=" + datetime : "time " + value;
        if (DateClueFinder.FromValue(value, evidence, ClueStrength.Visible, role) is { } clue)
        {
            AddClue(clue);
        }
    }

    /// <summary>The text just before an element inside its parent: "Updated " in "Updated &lt;time&gt;...".</summary>
    private static string LabelBefore(HtmlNode element)
    {
        var siblings = element.Parent!.Children;
        var index = -1;
        for (var i = 0; i < siblings.Count; i++)
        {
            if (siblings[i] == element)
            {
                index = i;
                break;
            }
        }
        for (var i = index - 1; i >= 0; i--)
        {
            var text = siblings[i].IsText ? siblings[i].Text! : siblings[i].Text is null ? HtmlText.Inner(siblings[i], 40) : "";
            if (text.Trim().Length > 0)
            {
                return text.Length > 40 ? text[^40..] : text;
            }
        }
        return "";
    }

    /// <summary>A block holding one text node: its line is read as that text node.</summary>
    private static bool IsTextNodeOnly(HtmlNode element) => element.Children is [{ IsText: true }];

    private static bool HasBlockChild(HtmlNode element)
    {
        foreach (var child in element.Children)
        {
            if (!child.IsText && child.Text is null && !HtmlTagNames.IsInline(child.Tag!))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The name a masthead shows: its logo image's alternative text when it has one, else its text up to a tagline
    /// ("The Lantern Post - independent since 1921" names "The Lantern Post").
    /// </summary>
    private static string? MastheadName(HtmlNode element)
    {
        var name = LogoAlt(element) ?? HtmlText.Inner(element, 80);
        foreach (var separator in TaglineSeparators)
        {
            if (name.IndexOf(separator, StringComparison.Ordinal) is > 1 and var tagline)
            {
                name = name[..tagline];
            }
        }
        return name is { Length: > 1 and <= 60 } ? name : null;
    }

    private static string? LogoAlt(HtmlNode element)
    {
        foreach (var child in element.Children)
        {
            if (child.IsText)
            {
                continue;
            }
            if (child.Tag == "img" && child.Attribute("alt") is { Length: > 1 and <= 60 } alt)
            {
                return HtmlText.Collapse(alt);
            }
            if (LogoAlt(child) is { } nested)
            {
                return nested;
            }
        }
        return null;
    }

    private static bool IsMasthead(HtmlNode element) =>
        element.Tag is "a" or "div" or "span" or "p" or "h1" or "h2" && element.ClassAndId is { Length: > 0 } hints && MastheadHint().IsMatch(hints);

    private void ReadItemprop(HtmlNode element, string itemprop)
    {
        var role = itemprop.Equals("datePublished", StringComparison.OrdinalIgnoreCase) ? DateRole.Published
            : itemprop.Equals("dateModified", StringComparison.OrdinalIgnoreCase) ? DateRole.Modified : (DateRole?)null;
        if (role is { } dateRole && element.Tag is not ("meta" or "time"))
        {
            var value = element.Attribute("datetime") ?? element.Attribute("content");
            if (value is not null && DateClueFinder.FromValue(value, $"itemprop {itemprop}={value}", ClueStrength.Metadata, dateRole) is { } clue)
            {
                AddClue(clue);
            }
        }
        else if (itemprop.Equals("author", StringComparison.OrdinalIgnoreCase))
        {
            itempropAuthor ??= element.Attribute("content") ?? HtmlText.Inner(element, 120);
        }
    }

    private void ReadMeta(HtmlNode element)
    {
        var content = element.Attribute("content");
        var name = element.Attribute("property") ?? element.Attribute("name") ?? element.Attribute("itemprop");
        if (content is null || name is null)
        {
            return;
        }
        meta.TryAdd(name, content);
        var role = PublishedMetaNames.Contains(name) ? DateRole.Published : ModifiedMetaNames.Contains(name) ? DateRole.Modified : (DateRole?)null;
        if (role is { } dateRole)
        {
            var label = element.Attribute("property") is null && element.Attribute("name") is null ? "meta itemprop " : "meta ";
            if (DateClueFinder.FromValue(content, label + name + "=" + content, ClueStrength.Metadata, dateRole) is { } clue)
            {
                AddClue(clue);
            }
        }
    }

    private static bool IsRel(HtmlNode element, string rel) =>
        element.Attribute("rel") is { } value && value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Contains(rel, StringComparer.OrdinalIgnoreCase);

    private void ReadJsonLd(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return;
        }
        try
        {
            using var document = JsonDocument.Parse(WithoutCdata(json.Trim()).TrimEnd(';'), JsonOptions);
            var pending = new Stack<JsonElement>();
            pending.Push(document.RootElement);
            while (pending.Count > 0)
            {
                var element = pending.Pop();
                if (element.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in element.EnumerateArray().Reverse())
                    {
                        pending.Push(item);
                    }
                }
                else if (element.ValueKind == JsonValueKind.Object)
                {
                    ReadJsonLdObject(element);
                    foreach (var nested in (ReadOnlySpan<string>)["@graph", "mainEntity", "mainEntityOfPage"])
                    {
                        if (element.TryGetProperty(nested, out var inner) && inner.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                        {
                            pending.Push(inner);
                        }
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Broken JSON-LD is common; the page's other metadata still counts.
        }
    }

    /// <summary>Pages saved as XHTML wrap their JSON-LD in "&lt;![CDATA[ ... ]]&gt;".</summary>
    private static string WithoutCdata(string json) =>
        json.StartsWith("<![CDATA[", StringComparison.Ordinal) && json.EndsWith("]]>", StringComparison.Ordinal) ? json[9..^3].Trim() : json;

    private void ReadJsonLdObject(JsonElement element)
    {
        if (element.TryGetProperty("headline", out var headline) && headline.ValueKind == JsonValueKind.String && jsonHeadline is null)
        {
            jsonHeadline = headline.GetString();
            jsonName = element.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
        }
        foreach (var (property, role) in (ReadOnlySpan<(string, DateRole)>)[("datePublished", DateRole.Published), ("dateModified", DateRole.Modified)])
        {
            if (element.TryGetProperty(property, out var date) && date.ValueKind == JsonValueKind.String && date.GetString() is { } value
                && DateClueFinder.FromValue(value, $"json-ld {property}={value}", ClueStrength.Metadata, role) is { } clue)
            {
                AddClue(clue);
            }
        }
        if (element.TryGetProperty("author", out var author))
        {
            jsonAuthor ??= Names(author);
        }
        if (element.TryGetProperty("publisher", out var publisher))
        {
            jsonPublisher ??= Names(publisher);
        }
    }

    private static string? Names(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Object:
                return value.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
            case JsonValueKind.Array:
                var names = value.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.Object ? Names(item) : item.ValueKind == JsonValueKind.String ? item.GetString() : null)
                    .OfType<string>().Where(name => name.Length > 0).Distinct().ToList();
                return names.Count == 0 ? null : string.Join(", ", names);
            default:
                return null;
        }
    }

    private void AddClue(DateClue clue)
    {
        if (clues.Count < MaxClues)
        {
            clues.Add(clue);
        }
    }

    [GeneratedRegex(@"modif|updat|dateModified|revis", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdateHint();

    [GeneratedRegex(@"(?:^|[\s_-])(?:logo|masthead|site-?title|site-?name|brand|wordmark)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MastheadHint();
}
