using System.Text.RegularExpressions;

namespace Triangulate.Ingest;

/// <summary>What an element's tag, role, class and id suggest: article content, or page furniture and which kind.</summary>
internal static partial class FurnitureHints
{
    private static readonly (string Keyword, string Reason)[] Reasons =
    [
        ("cookie", "cookie notice"), ("consent", "cookie notice"), ("gdpr", "cookie notice"),
        ("share", "share bar"), ("sharing", "share bar"), ("social", "share bar"),
        ("comment", "comments"), ("disqus", "comments"), ("replies", "comments"),
        ("related", "related links"), ("recommend", "related links"), ("more-stories", "related links"), ("outbrain", "related links"), ("taboola", "related links"),
        ("newsletter", "promotion"), ("subscribe", "promotion"), ("promo", "promotion"), ("paywall", "promotion"), ("sponsor", "advertisement"),
        ("advert", "advertisement"), ("-ad-", "advertisement"), ("banner", "advertisement"),
        ("caption", "caption"), ("credit", "caption"),
        ("breadcrumb", "navigation"), ("menu", "navigation"), ("nav", "navigation"), ("pagination", "navigation"),
        ("footer", "footer"), ("sidebar", "sidebar"), ("byline", "byline"), ("author", "byline"), ("tags", "tags"),
    ];

    private static readonly string[] WordTails =
        ["s", "bar", "bars", "box", "button", "buttons", "tools", "links", "list", "igation", "wrapper", "container", "area", "block", "widget"];

    /// <summary>True when an element is very likely furniture, so it is dropped before scoring.</summary>
    public static bool IsUnlikely(HtmlNode element)
    {
        if (element.Attribute("role") is { } role && role.ToLowerInvariant() is "menu" or "menubar" or "complementary"
            or "navigation" or "alert" or "alertdialog" or "dialog" or "banner" or "contentinfo")
        {
            return true;
        }
        var hints = element.ClassAndId;
        return hints.Length > 0 && element.Tag is not ("body" or "a" or "article" or "main")
            && Unlikely().IsMatch(hints) && !MaybeContent().IsMatch(hints);
    }

    /// <summary>Readability's class weight: +25 for content-like class or id words, -25 for furniture-like ones, per attribute.</summary>
    public static int ClassWeight(HtmlNode element)
    {
        var weight = 0;
        foreach (var name in (ReadOnlySpan<string>)["class", "id"])
        {
            var value = element.Attribute(name);
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }
            value = value.Length > 200 ? value[..200] : value;
            if (Negative().IsMatch(value))
            {
                weight -= 25;
            }
            if (Positive().IsMatch(value))
            {
                weight += 25;
            }
        }
        return weight;
    }

    /// <summary>Why an element inside the article looks like furniture, or null when it looks like text.</summary>
    public static string? FurnitureReason(HtmlNode element)
    {
        switch (element.Tag)
        {
            case "figcaption":
                return "caption";
            case "nav":
                return "navigation";
            case "footer":
                return "footer";
            case "aside":
                return "sidebar";
            case "button" or "select":
                return "form";
        }
        if (IsHidden(element))
        {
            return "hidden";
        }
        var hints = element.ClassAndId;
        if (hints.Length == 0 || element.Tag is "body" or "article" or "main" || MaybeContent().IsMatch(hints) && !StrongFurniture().IsMatch(hints))
        {
            return null;
        }
        foreach (var (keyword, reason) in Reasons)
        {
            if (hints.Contains(keyword, StringComparison.Ordinal) && WholeWordish(hints, keyword))
            {
                return reason;
            }
        }
        return null;
    }

    /// <summary>Why a short paragraph of the article is furniture (a date line, a share bar, "Read more: ...", "Photo: ..."), or null.</summary>
    /// <param name="inTable">True for a table cell's text, where a bare date is data, not a date line.</param>
    public static string? LineReason(string line, bool inTable = false)
    {
        if (line.Length > 250)
        {
            return null;
        }
        if (FurnitureRules.PageLine(line, inTable) is { } reason)
        {
            return reason;
        }
        if (ReadMoreLine().IsMatch(line))
        {
            return "related links";
        }
        return CreditLine().IsMatch(line) ? "caption" : null;
    }

    public static bool IsHidden(HtmlNode element) =>
        element.Attribute("hidden") is not null
        || element.Attribute("aria-hidden") is "true"
        || element.Attribute("style") is { } style && HiddenStyle().IsMatch(style.Length > 300 ? style[..300] : style);

    /// <summary>
    /// The keyword stands as a word or a word's head in the class or id: "share", "share-bar", "sharebuttons", but
    /// not "shared-history"; short keywords ("nav", "menu", "tags") must also start a word.
    /// </summary>
    private static bool WholeWordish(string hints, string keyword)
    {
        var index = hints.IndexOf(keyword, StringComparison.Ordinal);
        while (index >= 0)
        {
            var end = index + keyword.Length;
            var startsWord = keyword.Length > 4 || index == 0 || !char.IsAsciiLetter(hints[index - 1]);
            if (startsWord && EndsWord(hints.AsSpan(end)))
            {
                return true;
            }
            index = hints.IndexOf(keyword, end, StringComparison.Ordinal);
        }
        return false;
    }

    private static bool EndsWord(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty || !char.IsAsciiLetterLower(rest[0]))
        {
            return true;
        }
        foreach (var suffix in WordTails)
        {
            if (rest.StartsWith(suffix, StringComparison.Ordinal) && (rest.Length == suffix.Length || !char.IsAsciiLetterLower(rest[suffix.Length])))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|consent|newsletter|share(?!d)|sharing|paywall|outbrain|taboola", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"and|article|body|column|content|main|mathjax|shadow", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MaybeContent();

    [GeneratedRegex(@"cookie|consent|share(?!d)|sharing|social|comment|related|newsletter|promo|advert|paywall|caption|breadcrumb|outbrain|taboola", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StrongFurniture();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Positive();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share(?!d)|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|cookie|newsletter|social|caption", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Negative();

    [GeneratedRegex(@"^\W{0,3}(?:read more|read also|see also|also read|related\s*:|more on this|recommended|lesen sie (?:auch|mehr|hier)|mehr zum thema|auch interessant|schon gelesen|das könnte sie (?:auch )?interessieren|weiterlesen|le puede interesar|lea (?:más|también|además)|lee (?:también|más)|te puede interesar|à lire aussi|lire aussi|à voir aussi|czytaj (?:też|także|więcej)|dowiedz się więcej|zobacz (?:też|także)|leggi anche|leia (?:também|mais))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReadMoreLine();

    [GeneratedRegex(@"^\W{0,2}(?:photo|foto|fotos|bild|titelbild|image|credit|credits|quelle|source|crédit|crédits|zdjęcie|fot)\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();
}
