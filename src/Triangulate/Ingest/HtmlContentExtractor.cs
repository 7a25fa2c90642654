using System.Text;

namespace Triangulate.Ingest;

/// <summary>
/// Picks a page's main text by content scoring, in the manner of Readability: paragraphs score by length and commas,
/// pass their score up to their ancestors, link density discounts each candidate, the best candidate wins and takes
/// along siblings that score well enough; inside it, furniture (captions, share bars, link lists) is set aside.
/// </summary>
internal sealed class HtmlContentExtractor
{
    private const int EnoughText = 500;
    private const int AncestorLevels = 5;
    private const int TopCandidates = 5;
    private const int MinimumAlternatives = 3;
    private const int MaxRemovedLength = 300;
    private const int ProseSearchLevels = 4;
    private const int ProseLength = 100;

    private static readonly ContentScoringOptions[] Attempts =
    [
        ContentScoringOptions.All,
        ContentScoringOptions.WeightClasses | ContentScoringOptions.CleanConditionally,
        ContentScoringOptions.CleanConditionally,
        ContentScoringOptions.None,
    ];

    private readonly ContentScoringOptions options;
    private readonly Dictionary<HtmlNode, double> scores = [];
    private readonly List<string> paragraphs = [];
    private readonly List<RemovedLine> removed = [];
    private readonly StringBuilder paragraph = new();
    private bool inCell;

    private HtmlContentExtractor(ContentScoringOptions options) => this.options = options;

    public static HtmlBody Extract(HtmlNode root)
    {
        HtmlStatisticsCalculator.Fill(root);
        var body = FindBody(root);
        HtmlBody? best = null;
        foreach (var options in Attempts)
        {
            var result = new HtmlContentExtractor(options).Run(body);
            if (result.TextLength >= EnoughText)
            {
                return result;
            }
            if (best is null || result.TextLength > best.TextLength)
            {
                best = result;
            }
        }
        return best!;
    }

    private bool Has(ContentScoringOptions option) => (options & option) != 0;

    private HtmlBody Run(HtmlNode body)
    {
        ScoreParagraphs(body);
        var top = ChooseTopCandidate(body);
        var selected = top == body ? [body] : CollectWithSiblings(top);
        if (top != body)
        {
            AddProseNear(top, body, selected);
        }
        foreach (var node in selected)
        {
            EmitBlock(node);
        }
        return new HtmlBody(paragraphs, removed);
    }

    private static HtmlNode FindBody(HtmlNode root)
    {
        var pending = new Stack<HtmlNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node.Tag == "body")
            {
                return node;
            }
            if (node.Tag is "#document" or "html")
            {
                foreach (var child in node.Children)
                {
                    if (!child.IsText)
                    {
                        pending.Push(child);
                    }
                }
            }
        }
        return root;
    }

    private bool IsPrunedForScoring(HtmlNode element) =>
        element.Text is not null
        || element.Tag is "nav" or "aside" or "footer" or "figcaption" or "button" or "select" or "dialog"
        || FurnitureHints.IsHidden(element)
        || Has(ContentScoringOptions.StripUnlikely) && FurnitureHints.IsUnlikely(element);

    private void ScoreParagraphs(HtmlNode element)
    {
        foreach (var child in element.Children)
        {
            if (child.IsText || IsPrunedForScoring(child))
            {
                continue;
            }
            var stats = child.Statistics;
            switch (child.Tag)
            {
                case "p" or "pre" or "td" or "h2" or "h3" or "h4" or "h5" or "h6":
                    ScoreParagraph(child.Parent!, stats.TextLength, stats.Commas);
                    break;
                case "div" or "section" or "article" or "main" or "center" or "font" when !stats.HasBlockChild:
                    ScoreParagraph(child.Parent!, stats.TextLength, stats.Commas);
                    break;
                case "div" or "section" or "article" or "main" or "center" or "body":
                    ScoreParagraph(child, stats.InlineTextLength, stats.InlineCommas);
                    break;
            }
            if (child.Children.Count > 0)
            {
                ScoreParagraphs(child);
            }
        }
    }

    private void ScoreParagraph(HtmlNode parent, int length, int commas)
    {
        if (length < 25)
        {
            return;
        }
        var score = 1.0 + commas + Math.Min(length / 100, 3);
        var ancestor = parent;
        for (var level = 0; level < AncestorLevels && ancestor is { Parent: not null } && ancestor.Tag != "html"; level++)
        {
            var divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores[ancestor] = (scores.TryGetValue(ancestor, out var current) ? current : InitialScore(ancestor)) + score / divider;
            ancestor = ancestor.Parent;
        }
    }

    private double InitialScore(HtmlNode element)
    {
        var score = element.Tag switch
        {
            "div" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + (Has(ContentScoringOptions.WeightClasses) ? FurnitureHints.ClassWeight(element) : 0);
    }

    private HtmlNode ChooseTopCandidate(HtmlNode body)
    {
        foreach (var candidate in scores.Keys.ToList())
        {
            scores[candidate] *= 1 - candidate.Statistics.LinkDensity;
        }
        var ranked = scores.OrderByDescending(pair => pair.Value).Take(TopCandidates).ToList();
        if (ranked.Count == 0 || ranked[0].Key == body)
        {
            return body;
        }
        var top = ranked[0].Key;
        var topScore = ranked[0].Value;
        var alternatives = ranked.Skip(1).Where(pair => pair.Value / topScore >= 0.75).Select(pair => pair.Key).ToList();
        if (alternatives.Count >= MinimumAlternatives)
        {
            for (var ancestor = top.Parent; ancestor is not null && ancestor != body; ancestor = ancestor.Parent)
            {
                if (alternatives.Count(alternative => IsAncestor(ancestor, alternative)) >= MinimumAlternatives)
                {
                    top = ancestor;
                    break;
                }
            }
        }
        top = ClimbWhileParentScoresHigher(top, body);
        while (top.Parent is { } parent && parent != body && parent.Tag != "#document" && ElementChildCount(parent) == 1)
        {
            top = parent;
        }
        return top;
    }

    private HtmlNode ClimbWhileParentScoresHigher(HtmlNode top, HtmlNode body)
    {
        var lastScore = scores.GetValueOrDefault(top);
        var threshold = lastScore / 3;
        for (var parent = top.Parent; parent is not null && parent != body; parent = parent.Parent)
        {
            if (!scores.TryGetValue(parent, out var parentScore))
            {
                continue;
            }
            if (parentScore < threshold)
            {
                break;
            }
            if (parentScore > lastScore)
            {
                return parent;
            }
            lastScore = parentScore;
        }
        return top;
    }

    private static bool IsAncestor(HtmlNode ancestor, HtmlNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current == ancestor)
            {
                return true;
            }
        }
        return false;
    }

    private static int ElementChildCount(HtmlNode node) => node.Children.Count(child => !child.IsText);

    private List<HtmlNode> CollectWithSiblings(HtmlNode top)
    {
        var topScore = scores.GetValueOrDefault(top);
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.Attribute("class");
        var selected = new List<HtmlNode>();
        foreach (var sibling in top.Parent!.Children)
        {
            if (sibling == top)
            {
                selected.Add(sibling);
                continue;
            }
            if (sibling.IsText || IsPrunedForScoring(sibling))
            {
                continue;
            }
            var bonus = !string.IsNullOrEmpty(topClass) && sibling.Attribute("class") == topClass ? topScore * 0.2 : 0;
            if (scores.TryGetValue(sibling, out var score) && score + bonus >= threshold)
            {
                selected.Add(sibling);
            }
            else if ((sibling.Tag == "p" || sibling.Tag == "div" && !sibling.Statistics.HasBlockChild)
                && FurnitureHints.FurnitureReason(sibling) is null)
            {
                var length = sibling.Statistics.TextLength;
                var density = sibling.Statistics.LinkDensity;
                if (length > 80 && density < 0.25)
                {
                    selected.Add(sibling);
                }
                else if (length is > 0 and < 80 && density == 0 && EndsSentence(sibling))
                {
                    selected.Add(sibling);
                }
            }
        }
        return selected;
    }

    /// <summary>
    /// Leads, standfirsts and paragraphs split off the main block sit a level or two above it; prose paragraphs
    /// there (long, few links) join the selection, in document order.
    /// </summary>
    private void AddProseNear(HtmlNode top, HtmlNode body, List<HtmlNode> selected)
    {
        var found = new List<HtmlNode>();
        var path = top.Parent!;
        for (var level = 0; level < ProseSearchLevels && path != body && path.Parent is { } parent; level++, path = parent)
        {
            foreach (var sibling in parent.Children)
            {
                if (sibling != path && !sibling.IsText && !selected.Contains(sibling))
                {
                    FindProse(sibling, found);
                }
            }
        }
        if (found.Count > 0)
        {
            selected.AddRange(found);
            selected.Sort((left, right) => left.Order.CompareTo(right.Order));
        }
    }

    private void FindProse(HtmlNode element, List<HtmlNode> found)
    {
        if (IsPrunedForScoring(element) || FurnitureHints.FurnitureReason(element) is not null)
        {
            return;
        }
        if (element.Tag is "p" or "blockquote")
        {
            var stats = element.Statistics;
            if (stats.TextLength > ProseLength && stats.LinkDensity < 0.2)
            {
                found.Add(element);
            }
            return;
        }
        foreach (var child in element.Children)
        {
            if (!child.IsText)
            {
                FindProse(child, found);
            }
        }
    }

    private static bool EndsSentence(HtmlNode node)
    {
        var text = HtmlText.Inner(node, 100);
        return text.EndsWith('.') || text.Contains(". ", StringComparison.Ordinal);
    }

    private void EmitBlock(HtmlNode node)
    {
        Flush();
        if (node.IsText)
        {
            paragraph.Append(node.Text);
        }
        else
        {
            EmitChildren(node);
        }
        Flush();
    }

    private void EmitChildren(HtmlNode element)
    {
        foreach (var child in element.Children)
        {
            if (child.IsText)
            {
                paragraph.Append(child.Text);
                continue;
            }
            if (child.Text is not null)
            {
                continue;
            }
            var tag = child.Tag!;
            if (tag is "br" or "hr")
            {
                Flush();
                continue;
            }
            var reason = RemovalReason(child);
            if (reason is not null)
            {
                Flush();
                var text = HtmlText.Inner(child, MaxRemovedLength);
                if (text.Length > 0)
                {
                    // A block set aside for its shape says what it is when its text does: a date line, a share bar.
                    var named = reason == "furniture" ? FurnitureHints.LineReason(text, inCell) ?? reason : reason;
                    removed.Add(new RemovedLine(text.Length > MaxRemovedLength ? text[..MaxRemovedLength] : text, named));
                }
                continue;
            }
            if (HtmlTagNames.IsInline(tag))
            {
                EmitChildren(child);
                continue;
            }
            Flush();
            // A cell's own text is table data; a block inside a cell is a layout table's content.
            var wasInCell = inCell;
            inCell = tag is "td" or "th";
            EmitChildren(child);
            Flush();
            inCell = wasInCell;
        }
    }

    private string? RemovalReason(HtmlNode element)
    {
        if (element.Tag is "input" or "textarea" or "img")
        {
            return null;
        }
        if (FurnitureHints.FurnitureReason(element) is { } reason)
        {
            return reason;
        }
        if (element.Tag is "p" && element.Statistics is { TextLength: < 250, LinkDensity: > 0.6 })
        {
            return "related links";
        }
        // A list of nothing but links is a related-links box, however little text the page has around it.
        if (element.Tag is "ul" or "ol" && element.Statistics is { LinkDensity: > 0.8 })
        {
            return "link list";
        }
        if (Has(ContentScoringOptions.StripUnlikely) && FurnitureHints.IsUnlikely(element))
        {
            return "furniture";
        }
        return Has(ContentScoringOptions.CleanConditionally) && element.Tag is "form" or "fieldset" or "table" or "ul" or "ol" or "div" or "section"
            ? ConditionalRemovalReason(element)
            : null;
    }

    /// <summary>Readability's conditional cleaning: blocks with little prose for their links, images, inputs or list items.</summary>
    private string? ConditionalRemovalReason(HtmlNode element)
    {
        var weight = Has(ContentScoringOptions.WeightClasses) ? FurnitureHints.ClassWeight(element) : 0;
        var isList = element.Tag is "ul" or "ol";
        if (weight + (isList ? 0 : scores.GetValueOrDefault(element)) < 0)
        {
            return "furniture";
        }
        var stats = element.Statistics;
        if (stats.Commas >= 10)
        {
            return null;
        }
        var density = stats.LinkDensity;
        if (isList)
        {
            return density > 0.5 ? "link list" : null;
        }
        var headingDensity = stats.TextLength == 0 ? 0 : (double)stats.HeadingTextLength / stats.TextLength;
        var inFigure = HasAncestor(element, "figure");
        if (stats.Images > 1 && (double)stats.Paragraphs / stats.Images < 0.5 && !inFigure
            || stats.ListItems - 100 > stats.Paragraphs
            || stats.Inputs > stats.Paragraphs / 3
            || headingDensity < 0.9 && stats.TextLength < 25 && (stats.Images == 0 || stats.Images > 2) && !inFigure && stats.TextLength > 0)
        {
            return "furniture";
        }
        if (weight < 25 && density > 0.2 || weight >= 25 && density > 0.5)
        {
            return "link list";
        }
        return null;
    }

    private static bool HasAncestor(HtmlNode node, string tag)
    {
        var level = 0;
        for (var current = node.Parent; current is not null && level < 3; current = current.Parent, level++)
        {
            if (current.Tag == tag)
            {
                return true;
            }
        }
        return false;
    }

    private void Flush()
    {
        if (paragraph.Length == 0)
        {
            return;
        }
        var text = HtmlText.Collapse(paragraph.ToString());
        paragraph.Clear();
        if (text.Length == 0)
        {
            return;
        }
        if (FurnitureHints.LineReason(text, inCell) is { } reason)
        {
            removed.Add(new RemovedLine(text, reason));
            return;
        }
        paragraphs.Add(text);
    }
}
