using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;

namespace Triangulate.Evaluation.Synthetic.Pages;

/// <summary>
/// The page corpus and its gold, as a folder: docs.jsonl (id, url, html: the pages, with no hints beside the page),
/// feeds/*.xml (each outlet's RSS items), pages.tsv (<see cref="PageGold"/>), gold.tsv (id, story: for
/// <c>eval stories</c>), derivations.tsv (id, parent, kind) and changes.tsv (document, kind, origin_text, text).
/// </summary>
public sealed record PageCorpus(IReadOnlyList<GeneratedPage> Pages, IReadOnlyList<FeedItem> FeedItems, IReadOnlyList<PlantedChange> Changes)
{
    /// <summary>The file that marks a folder as a page corpus.</summary>
    public const string GoldFile = "pages.tsv";

    public IEnumerable<PageGold> Gold => Pages.Select(p => p.Gold).Concat(FeedItems.Select(f => f.Gold));

    public void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllLines(Path.Combine(directory, "docs.jsonl"), Pages.Select(p => JsonSerializer.Serialize(new { id = p.Gold.Id, url = p.Gold.Url, html = p.Html })));
        var feeds = Path.Combine(directory, "feeds");
        Directory.CreateDirectory(feeds);
        foreach (var outlet in FeedItems.GroupBy(f => f.Gold.Template))
        {
            var template = PageTemplates.All.Single(t => t.Name == outlet.Key);
            File.WriteAllText(Path.Combine(feeds, template.Name + ".xml"), Rss(template, outlet.OrderBy(f => f.Gold.Published)).ToString());
        }
        var gold = Gold.OrderBy(g => g.Id, StringComparer.Ordinal).ToList();
        File.WriteAllLines(Path.Combine(directory, GoldFile), [PageGold.Header, .. gold.Select(g => g.ToLine())]);
        File.WriteAllLines(Path.Combine(directory, "gold.tsv"), ["id\tcluster", .. gold.Select(g => $"{g.Id}\t{g.Story}")]);
        File.WriteAllLines(Path.Combine(directory, "derivations.tsv"), ["id\tparent\tkind", .. gold.Select(g => $"{g.Id}\t{g.Parent}\t{g.Kind}")]);
        File.WriteAllLines(Path.Combine(directory, "changes.tsv"), ["document\tkind\torigin_text\ttext", .. Changes.Select(c => $"{c.Document}\t{c.Kind}\t{Clean(c.OriginText)}\t{Clean(c.Text)}")]);
    }

    private static XDocument Rss(PageTemplate outlet, IEnumerable<FeedItem> items) => new(
        new XElement("rss", new XAttribute("version", "2.0"),
            new XElement("channel",
                new XElement("title", outlet.Outlet),
                new XElement("link", $"https://{outlet.Host}/"),
                new XElement("description", $"Latest headlines from {outlet.Outlet}"),
                items.Select(item => new XElement("item",
                    new XElement("title", item.Title),
                    new XElement("link", item.Gold.Url),
                    new XElement("guid", new XAttribute("isPermaLink", "false"), item.Gold.Id),
                    new XElement("pubDate", Rfc822(item.Gold.Published)),
                    item.Description is null ? null : new XElement("description", item.Description))))));

    /// <summary>"Thu, 26 Feb 1987 14:20:00 +0530", as RSS gives dates.</summary>
    private static string Rfc822(DateTimeOffset time) =>
        time.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + (time.Offset < TimeSpan.Zero ? "-" : "+") + time.Offset.ToString("hhmm", CultureInfo.InvariantCulture);

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ');
}
