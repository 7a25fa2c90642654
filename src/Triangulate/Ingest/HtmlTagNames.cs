using System.Collections.Frozen;

namespace Triangulate.Ingest;

/// <summary>Tag and attribute names shared as single string instances, and the tag classes the tree builder needs.</summary>
internal static class HtmlTagNames
{
    private static readonly FrozenSet<string> Known = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "html", "head", "body", "title", "meta", "link", "script", "style", "noscript", "template", "iframe", "svg",
        "math", "canvas", "object", "embed", "video", "audio", "source", "track", "picture", "img", "map", "area",
        "div", "p", "span", "a", "b", "i", "u", "s", "em", "strong", "small", "big", "sub", "sup", "mark", "q", "cite",
        "abbr", "code", "kbd", "samp", "var", "time", "font", "center", "br", "wbr", "hr",
        "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "header", "footer", "nav", "main", "article", "section", "aside",
        "address", "blockquote", "pre", "figure", "figcaption", "details", "summary", "dialog", "menu",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr",
        "td", "th", "form", "fieldset", "legend", "label", "input", "button", "select", "option", "optgroup",
        "textarea", "output", "xmp", "noembed", "noframes", "plaintext", "base", "param");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownLookup =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> Attributes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "id", "class", "name", "property", "content", "rel", "href", "itemprop", "datetime", "type", "role",
        "hidden", "aria-hidden", "style");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AttributeLookup =
        Attributes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> Void = FrozenSet.Create(
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr");

    private static readonly FrozenSet<string> RawText = FrozenSet.Create(
        "script", "style", "title", "textarea", "xmp", "noembed", "noframes", "plaintext", "iframe", "noscript",
        "template", "svg", "math");

    private static readonly FrozenSet<string> ParagraphClosers = FrozenSet.Create(
        "address", "article", "aside", "blockquote", "details", "dialog", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu",
        "nav", "ol", "p", "pre", "section", "table", "ul", "li", "dd", "dt");

    private static readonly FrozenSet<string> ScopeBoundaries = FrozenSet.Create(
        "html", "body", "table", "td", "th", "caption", "div", "article", "section", "main", "button", "object",
        "blockquote", "figure", "header", "footer", "nav", "aside");

    private static readonly FrozenSet<string> Block = FrozenSet.Create(
        "#document", "html", "head", "body", "title", "address", "article", "aside", "blockquote", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "ul", "br", "iframe", "video", "audio",
        "canvas", "noscript", "select", "option", "textarea", "legend", "frameset", "frame", "object", "embed", "map",
        "script", "style", "template", "svg", "math");

    /// <summary>The shared lower-case instance of a known tag name, or a new lower-case string.</summary>
    public static string Intern(ReadOnlySpan<char> name) =>
        KnownLookup.TryGetValue(name, out var known) ? known : name.ToString().ToLowerInvariant();

    /// <summary>The shared instance of an attribute extraction reads, or null for one it ignores.</summary>
    public static string? KnownAttribute(ReadOnlySpan<char> name) =>
        AttributeLookup.TryGetValue(name, out var known) ? known : null;

    /// <summary>
    /// Phrasing elements, whose text runs on with the text around them: every element but the known blocks and
    /// custom elements (names with a hyphen), which pages use as block wrappers.
    /// </summary>
    public static bool IsInline(string tag) => !Block.Contains(tag) && !tag.Contains('-');

    public static bool IsVoid(string tag) => Void.Contains(tag);

    /// <summary>Elements whose content is not markup; only titles, text areas and JSON-LD scripts are kept.</summary>
    public static bool IsRawText(string tag) => RawText.Contains(tag);

    public static bool ClosesParagraph(string tag) => ParagraphClosers.Contains(tag);

    public static bool IsScopeBoundary(string tag) => ScopeBoundaries.Contains(tag);
}
