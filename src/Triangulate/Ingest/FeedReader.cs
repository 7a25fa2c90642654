using System.Xml;
using System.Xml.Linq;

namespace Triangulate.Ingest;

/// <summary>
/// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one document per item, from its full content (content:encoded, atom
/// content) when there is one, else from its description or summary. Link, title, date and the feed's own title
/// come along as hints. A feed that declares a DTD is refused (an inline DTD can expand entities without bound),
/// and nothing external is ever resolved.
/// </summary>
public static class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    public static IEnumerable<SourceItem> Read(string xml, string path, ArticleHints overrides)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersFromEntities = 1024 };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException error) when (error.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return [SourceItem.Failed(path, "declares a DTD (<!DOCTYPE ...>); feeds with a DTD are refused, since one can expand without bound; skipped")];
        }
        catch (XmlException error)
        {
            return [SourceItem.Failed(path, $"malformed feed XML at line {error.LineNumber}: {error.Message}")];
        }

        var root = document.Root!;
        if (root.Name != Atom + "feed" && root.Name.LocalName is not ("rss" or "RDF"))
            return [SourceItem.Failed(path, $"is XML but not an RSS or Atom feed (its root is <{root.Name.LocalName}>); skipped")];
        var items = root.Name == Atom + "feed" ? AtomEntries(root) : RssItems(root);
        var outlet = Text(root.Element(Atom + "title")) ?? Text(root.Element("channel")?.Element("title")) ?? Text(root.Element(Rss1 + "channel")?.Element(Rss1 + "title"));
        var results = new List<SourceItem>();
        var number = 0;
        foreach (var item in items)
        {
            number++;
            var source = item.Link ?? item.Id ?? $"{path}#item{number}";
            var hints = new ArticleHints(item.Id, item.Link, item.Title, outlet, item.Date).OverriddenBy(overrides);
            var body = item.Content ?? item.Summary;
            if (string.IsNullOrWhiteSpace(body) && string.IsNullOrWhiteSpace(item.Title))
            {
                results.Add(SourceItem.Failed(source, $"feed item {number} has no title, content or summary"));
                continue;
            }
            var format = body is not null && LooksLikeHtml(body) ? DocumentFormat.Html : DocumentFormat.PlainText;
            results.Add(SourceItem.Of(new SourceDocument(source, format, body ?? "", hints)));
        }
        if (number == 0)
            results.Add(SourceItem.Failed(path, "feed has no items"));
        return results;
    }

    private static IEnumerable<FeedItem> RssItems(XElement root)
    {
        var items = root.Element("channel")?.Elements("item") ?? [];
        var rdfItems = root.Elements(Rss1 + "item");
        foreach (var item in items.Concat(rdfItems))
        {
            var ns = item.Name.Namespace;
            yield return new FeedItem(
                Text(item.Element(ns + "title")),
                Text(item.Element(ns + "link")),
                Text(item.Element("guid")),
                Text(item.Element(Content + "encoded")),
                Text(item.Element(ns + "description")),
                Text(item.Element("pubDate")) ?? Text(item.Element(DublinCore + "date")));
        }
    }

    private static IEnumerable<FeedItem> AtomEntries(XElement root)
    {
        foreach (var entry in root.Elements(Atom + "entry"))
        {
            var link = entry.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
            yield return new FeedItem(
                Text(entry.Element(Atom + "title")),
                (string?)link?.Attribute("href"),
                Text(entry.Element(Atom + "id")),
                Markup(entry.Element(Atom + "content")),
                Text(entry.Element(Atom + "summary")),
                Text(entry.Element(Atom + "published")) ?? Text(entry.Element(Atom + "updated")));
        }
    }

    private static bool LooksLikeHtml(string text) => text.Contains('<') && text.Contains('>');

    /// <summary>Atom content of type xhtml arrives as elements; keep them as markup.</summary>
    private static string? Markup(XElement? element) =>
        element is { HasElements: true } ? string.Concat(element.Nodes().Select(node => node.ToString(SaveOptions.DisableFormatting))) : Text(element);

    private static string? Text(XElement? element) => element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();

    private sealed record FeedItem(string? Title, string? Link, string? Id, string? Content, string? Summary, string? Date);
}
