using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Triangulate.Ingest;

/// <summary>
/// Main text of a news page: content scoring on the DOM (<see cref="ContentScorer"/>), with furniture (navigation,
/// share bars, cookie banners, related links, comments, captions, ads) dropped before scoring, then the article's
/// headings, paragraphs and list items in document order. Title, dates, byline and site come from the page's metadata.
/// </summary>
public static class HtmlExtractor
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    private static readonly string[] DroppedTags =
        ["script", "style", "noscript", "template", "svg", "iframe", "form", "nav", "footer", "aside", "button", "select", "figure", "figcaption", "dialog", "object", "embed", "video", "audio", "canvas", "map"];

    private static readonly HashSet<string> BlockTags = ["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "DD", "DT", "TD", "TH", "FIGCAPTION"];

    public static ExtractedArticle Extract(string html, string? url = null)
    {
        using var document = Parser.ParseDocument(html);
        var metadata = HtmlMetadata.Read(document, url);
        var body = document.Body;
        if (body is null)
            return new ExtractedArticle(metadata.Title, [], [], metadata.DateClues, metadata.Byline, metadata.SiteName, metadata.Url);

        var removed = new List<RemovedLine>();
        foreach (var element in body.QuerySelectorAll(string.Join(",", DroppedTags)).ToList())
            element.Remove();
        // A "furniture" class on a wrapper of most of the page (body classes like "nav-open", "has-cookie-banner") is not furniture.
        var pageLength = Math.Max(1, body.TextContent.Length);
        foreach (var element in body.QuerySelectorAll("*").Where(ContentScorer.IsFurniture).ToList())
        {
            if (element.IsConnected() && element.TextContent.Length < pageLength / 3)
                element.Remove();
        }

        var paragraphs = ContentScorer.ArticleRoots(body).SelectMany(Blocks).Where(text => text != metadata.Title).Distinct().ToList();
        // When scoring picked a fragment (an author box, a teaser), the page's own paragraphs say more.
        var baseline = Baseline(body);
        if (paragraphs.Sum(p => p.Length) * 1.2 < baseline.Sum(p => p.Length))
            paragraphs = baseline;
        if (paragraphs.Sum(p => p.Length) < 200 && metadata.ArticleBody is { } jsonBody)
            paragraphs = jsonBody.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return new ExtractedArticle(metadata.Title, paragraphs, removed, metadata.DateClues, metadata.Byline, metadata.SiteName, metadata.Url);
    }

    /// <summary>Every paragraph of the page that reads like text: long enough, and not mostly links.</summary>
    private static List<string> Baseline(IElement body) =>
        body.QuerySelectorAll("p, blockquote, pre")
            .Where(block => block.ParentElement?.Closest("p, blockquote, pre") is null)
            .Select(block => (Block: block, Text: HtmlText.Of(block)))
            .Where(pair => pair.Text.Length >= 40 && HtmlText.LinkTextLength(pair.Block) < pair.Text.Length * 0.3)
            .Select(pair => pair.Text)
            .Distinct()
            .ToList();

    /// <summary>The text blocks under an article root in document order; link lists and one-word fragments stay out.</summary>
    private static IEnumerable<string> Blocks(IElement root)
    {
        if (BlockTags.Contains(root.TagName))
        {
            if (Keep(root, out var own))
                yield return own;
            yield break;
        }
        var pending = new System.Text.StringBuilder();
        foreach (var node in Walk(root))
        {
            if (node is IElement element && BlockTags.Contains(element.TagName))
            {
                if (HtmlText.Collapse(pending) is { Length: > 0 } loose && loose.Length >= 40)
                    yield return loose;
                pending.Clear();
                if (Keep(element, out var text))
                    yield return text;
            }
            else if (node is IText textNode)
            {
                pending.Append(textNode.Data);
            }
            else if (node is IElement { TagName: "DIV" or "SECTION" or "ARTICLE" or "BR" })
            {
                if (HtmlText.Collapse(pending) is { Length: >= 40 } loose)
                    yield return loose;
                pending.Clear();
            }
        }
        if (HtmlText.Collapse(pending) is { Length: >= 40 } rest)
            yield return rest;
    }

    private static bool Keep(IElement block, out string text)
    {
        text = HtmlText.Of(block);
        if (text.Length == 0)
            return false;
        var isHeading = block.TagName.Length == 2 && block.TagName[0] == 'H' && char.IsDigit(block.TagName[1]);
        if (ContentScorer.LinkDensity(block) > 0.5 && (text.Length < 200 || block.TagName == "LI"))
            return false;
        return isHeading || text.Length >= 2;
    }

    /// <summary>Elements and text of a subtree in document order, not descending into blocks (their text is taken whole).</summary>
    private static IEnumerable<INode> Walk(IElement root)
    {
        var stack = new Stack<INode>();
        for (var child = root.LastChild; child is not null; child = child.PreviousSibling)
            stack.Push(child);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            if (node is IElement element && !BlockTags.Contains(element.TagName))
            {
                for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                    stack.Push(child);
            }
        }
    }
}
