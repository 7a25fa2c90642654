using System.Text.Json;

namespace Triangulate.Ingest;

/// <summary>
/// Reads title, byline, site name, canonical URL and every publication-date clue from a page's head metadata,
/// JSON-LD, &lt;time&gt; elements, visible "Published ..." lines and the URL's date path.
/// </summary>
internal sealed class HtmlMetadataReader
{
    private const int MaxClues = 24;

    private static readonly HashSet<string> PublishedMetaNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "article:published_time", "og:published_time", "article:published", "og:article:published_time",
        "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
        "dc.date.created", "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date", "publication_date",
        "date_published", "article.published", "article_date_original", "originalpublicationdate", "citation_publication_date",
        "citation_date", "cxenseparse:recs:publishtime", "og:pubdate", "published_time", "release_date",
    };

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
    private string? jsonAuthor;
    private string? jsonPublisher;

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
            if (candidate is not null && HtmlDateParser.ParseUrl(candidate) is { } fromUrl)
            {
                AddClue(fromUrl, ClueStrength.Url);
                break;
            }
        }
        var siteName = Meta("og:site_name") ?? Clean(jsonPublisher) ?? Meta("application-name");
        var title = Meta("og:title") ?? Clean(jsonHeadline) ?? Meta("twitter:title") ?? Clean(firstHeading) ?? Clean(titleElement) ?? "";
        var byline = Clean(jsonAuthor) ?? Meta("author") ?? Meta("article:author") ?? Meta("dc.creator") ?? Meta("parsely-author")
            ?? Meta("sailthru.author") ?? Clean(relAuthor) ?? Clean(itempropAuthor);
        if (byline is not null && byline.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            byline = Clean(relAuthor) ?? Clean(itempropAuthor);
        }
        return new HtmlMetadata(TitleCleaner.WithoutSiteSuffix(title, siteName), byline, siteName, url, clues);
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
                if (child.Text!.Length < 160 && HtmlDateParser.ParsePublishedLine(child.Text) is { } line)
                {
                    AddClue(line, ClueStrength.Visible);
                }
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
                if (element.Attribute("datetime") is { } datetime
                    && HtmlDateParser.ParseIso(datetime, "time datetime=" + datetime) is { } time)
                {
                    AddClue(time, ClueStrength.Visible);
                }
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
        Visit(element);
    }

    private void ReadItemprop(HtmlNode element, string itemprop)
    {
        if (itemprop.Equals("datePublished", StringComparison.OrdinalIgnoreCase) && element.Tag != "meta")
        {
            var value = element.Attribute("datetime") ?? element.Attribute("content");
            if (value is not null && HtmlDateParser.ParseIso(value, "itemprop datePublished=" + value) is { } time)
            {
                AddClue(time, ClueStrength.Metadata);
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
        if (PublishedMetaNames.Contains(name))
        {
            var label = element.Attribute("property") is null && element.Attribute("name") is null ? "meta itemprop " : "meta ";
            if (HtmlDateParser.ParseIso(content, label + name + "=" + content) is { } time)
            {
                AddClue(time, ClueStrength.Metadata);
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
            using var document = JsonDocument.Parse(json.Trim().TrimEnd(';'), JsonOptions);
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
                    if (element.TryGetProperty("@graph", out var graph))
                    {
                        pending.Push(graph);
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Broken JSON-LD is common; the page's other metadata still counts.
        }
    }

    private void ReadJsonLdObject(JsonElement element)
    {
        if (element.TryGetProperty("headline", out var headline) && headline.ValueKind == JsonValueKind.String)
        {
            jsonHeadline ??= headline.GetString();
        }
        if (element.TryGetProperty("datePublished", out var published) && published.ValueKind == JsonValueKind.String
            && published.GetString() is { } value && HtmlDateParser.ParseIso(value, "json-ld datePublished=" + value) is { } time)
        {
            AddClue(time, ClueStrength.Metadata);
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

    private void AddClue(PublicationTime time, ClueStrength strength)
    {
        if (clues.Count < MaxClues)
        {
            clues.Add(new DateClue(time, strength));
        }
    }
}
