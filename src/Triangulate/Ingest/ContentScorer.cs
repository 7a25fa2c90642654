using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Triangulate.Ingest;

/// <summary>
/// Finds the article in a page by content scoring on the DOM, with no site-specific rules: every paragraph-like
/// block scores by its length and commas and passes the score to its parent and half to its grandparent; class and
/// id words (article, content, story vs nav, share, comment, related...) weigh containers; the best container,
/// discounted by its link density, wins, and siblings that score nearly as well join it.
/// </summary>
internal static partial class ContentScorer
{
    private static readonly HashSet<string> ParagraphTags = ["P", "PRE", "BLOCKQUOTE", "TD", "LI", "H2", "H3", "H4", "DD"];

    public static IReadOnlyList<IElement> ArticleRoots(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var block in body.QuerySelectorAll("p, pre, blockquote, td, li, h2, h3, div, section, article"))
        {
            var isParagraph = ParagraphTags.Contains(block.TagName);
            if (!isParagraph && !HasOwnText(block))
                continue;
            // A container's own loose text counts for it; its child blocks are scored on their own.
            var text = isParagraph ? HtmlText.Of(block) : OwnText(block);
            if (text.Length < 25)
                continue;
            var score = 1 + text.Count(c => c is ',' or '،' or '，') + Math.Min(text.Length / 100.0, 3);
            var parent = block.ParentElement;
            if (parent is null)
                continue;
            Add(scores, parent, score);
            if (parent.ParentElement is { } grandparent)
                Add(scores, grandparent, score / 2);
        }
        if (scores.Count == 0)
            return [];

        // Link density costs a walk of the subtree: weigh only the strongest raw candidates with it.
        var ranked = scores
            .OrderByDescending(entry => entry.Value)
            .Take(8)
            .Select(entry => (Element: entry.Key, Score: entry.Value * (1 - LinkDensity(entry.Key))))
            .OrderByDescending(entry => entry.Score)
            .ToList();
        var best = ranked[0].Element;
        // A container that holds almost all of the best one's score is the article itself: climb to it.
        while (best.ParentElement is { } parent && scores.TryGetValue(parent, out var parentScore) && parentScore * (1 - LinkDensity(parent)) >= ranked[0].Score * 0.9
            && parent.TagName is not ("BODY" or "HTML"))
            best = parent;

        var threshold = Math.Max(10, ranked[0].Score * 0.2);
        var roots = new List<IElement>();
        foreach (var sibling in best.ParentElement?.Children.ToList() ?? [best])
        {
            if (sibling == best || scores.TryGetValue(sibling, out var score) && score * (1 - LinkDensity(sibling)) >= threshold
                || sibling.TagName == "P" && HtmlText.Of(sibling).Length > 80 && LinkDensity(sibling) < 0.25)
                roots.Add(sibling);
        }
        return roots;
    }

    public static double LinkDensity(IElement element)
    {
        var length = HtmlText.Of(element).Length;
        return length == 0 ? 0 : Math.Min(1, (double)HtmlText.LinkTextLength(element) / length);
    }

    private static void Add(Dictionary<IElement, double> scores, IElement element, double score)
    {
        if (!scores.ContainsKey(element))
            scores[element] = InitialScore(element);
        scores[element] += score;
    }

    private static double InitialScore(IElement element)
    {
        var score = element.TagName switch
        {
            "ARTICLE" => 10,
            "DIV" or "MAIN" or "SECTION" => 5,
            "PRE" or "TD" or "BLOCKQUOTE" => 3,
            "FORM" or "UL" or "OL" or "DL" or "LI" => -3,
            "H1" or "H2" or "H3" or "H4" or "TH" => -5,
            _ => 0,
        };
        return score + ClassWeight(element);
    }

    public static int ClassWeight(IElement element)
    {
        var names = $"{element.ClassName} {element.Id}";
        if (names.Length <= 1)
            return 0;
        var weight = 0;
        if (Negative().IsMatch(names))
            weight -= 25;
        if (Positive().IsMatch(names))
            weight += 25;
        return weight;
    }

    /// <summary>True for class or id words of page furniture: menus, share bars, cookie banners, comments, related links, ads.</summary>
    public static bool IsFurniture(IElement element)
    {
        var className = element.ClassName;
        var id = element.Id;
        var role = element.GetAttribute("role");
        if (string.IsNullOrEmpty(className) && string.IsNullOrEmpty(id) && string.IsNullOrEmpty(role))
            return false;
        var names = $"{className} {id} {role}";
        return Furniture().IsMatch(names) && !Positive().IsMatch(names);
    }

    private static string OwnText(IElement element)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text)
                builder.Append(text.Data);
            else if (child is IElement { TagName: "A" or "B" or "I" or "EM" or "STRONG" or "SPAN" } inline)
                builder.Append(inline.TextContent);
        }
        return HtmlText.Collapse(builder);
    }

    private static bool HasOwnText(IElement element)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text && text.Data.AsSpan().Trim().Length > 20)
                return true;
        }
        return false;
    }

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|paragraph|prose", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Positive();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|cookie|consent|newsletter|subscribe|social|breadcrumb|menu|nav|popup|modal|byline|author|dateline|caption", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Negative();

    [GeneratedRegex(@"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|cookie|cookies|consent|gdpr|share|sharing|social|related|recommended|comments?|newsletter|subscribe|subscription|promo|advert|advertisement|ads?|sponsored|sidebar|footer|masthead|popup|modal|outbrain|taboola|paywall|banner|tags|toolbar|print|skip)(?:$|[\s_-])", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Furniture();
}
