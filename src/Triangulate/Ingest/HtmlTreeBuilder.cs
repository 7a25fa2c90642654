using System.Buffers;
using System.Net;

namespace Triangulate.Ingest;

/// <summary>
/// Builds a light <see cref="HtmlNode"/> tree from HTML in one forward scan: no recursion, a bounded open-element
/// stack (deeper elements are flattened into the deepest one allowed), the implied end tags that matter for text
/// (p, li, dt/dd, table cells and rows, options), and raw-text elements skipped whole. Never throws on malformed input.
/// </summary>
internal static class HtmlTreeBuilder
{
    /// <summary>Elements nested deeper than this are merged into their deepest allowed ancestor.</summary>
    public const int MaxDepth = 200;

    private const int ImpliedEndSearchLimit = 12;
    private static readonly SearchValues<char> TagNameEnd = SearchValues.Create(" \t\n\r\f/>");
    private static readonly SearchValues<char> AttributeNameEnd = SearchValues.Create(" \t\n\r\f/>=");
    private static readonly SearchValues<char> UnquotedValueEnd = SearchValues.Create(" \t\n\r\f>");

    public static HtmlNode Parse(string html)
    {
        var root = HtmlNode.CreateRoot();
        var stack = new List<HtmlNode>(64) { root };
        var span = html.AsSpan();
        var position = 0;
        while (position < span.Length)
        {
            var lt = span[position..].IndexOf('<');
            if (lt < 0)
            {
                AppendText(stack[^1], span[position..]);
                break;
            }
            lt += position;
            if (lt > position)
            {
                AppendText(stack[^1], span[position..lt]);
            }
            position = ParseMarkup(html, lt, stack);
        }
        return root;
    }

    private static int ParseMarkup(string html, int lt, List<HtmlNode> stack)
    {
        var span = html.AsSpan();
        var next = lt + 1 < span.Length ? span[lt + 1] : '\0';
        if (next == '!')
        {
            if (span[lt..].StartsWith("<!--"))
            {
                var end = span[(lt + 4)..].IndexOf("-->");
                return end < 0 ? span.Length : lt + 4 + end + 3;
            }
            return SkipPast(span, lt, '>');
        }
        if (next == '?')
        {
            return SkipPast(span, lt, '>');
        }
        if (next == '/')
        {
            var nameStart = lt + 2;
            var nameLength = span[nameStart..].IndexOfAny(TagNameEnd);
            if (nameLength < 0)
            {
                return span.Length;
            }
            if (nameLength > 0)
            {
                CloseElement(stack, HtmlTagNames.Intern(span.Slice(nameStart, nameLength)));
            }
            return SkipPast(span, nameStart + nameLength, '>');
        }
        if (!char.IsAsciiLetter(next))
        {
            AppendText(stack[^1], "<");
            return lt + 1;
        }
        return ParseStartTag(html, lt, stack);
    }

    private static int ParseStartTag(string html, int lt, List<HtmlNode> stack)
    {
        var span = html.AsSpan();
        var nameStart = lt + 1;
        var nameLength = span[nameStart..].IndexOfAny(TagNameEnd);
        if (nameLength < 0)
        {
            return span.Length;
        }
        var tag = HtmlTagNames.Intern(span.Slice(nameStart, nameLength));
        CloseImpliedElements(stack, tag);
        var parent = stack[^1];
        var isRawText = HtmlTagNames.IsRawText(tag);
        var element = isRawText ? null : parent.AppendElement(tag);
        var position = ParseAttributes(html, nameStart + nameLength, element, out var type, out var selfClosing);
        if (isRawText)
        {
            return ReadRawText(html, position, tag, parent, type);
        }
        if (!selfClosing && !HtmlTagNames.IsVoid(tag) && stack.Count < MaxDepth)
        {
            stack.Add(element!);
        }
        return position;
    }

    private static int ReadRawText(string html, int position, string tag, HtmlNode parent, string? type)
    {
        var span = html.AsSpan();
        var end = position;
        while (true)
        {
            var close = span[end..].IndexOf("</", StringComparison.Ordinal);
            if (close < 0)
            {
                end = span.Length;
                break;
            }
            end += close;
            var after = end + 2 + tag.Length;
            if (after <= span.Length && span.Slice(end + 2, tag.Length).Equals(tag, StringComparison.OrdinalIgnoreCase)
                && (after == span.Length || TagNameEnd.Contains(span[after])))
            {
                break;
            }
            end += 2;
        }
        var content = span[position..end];
        if (tag == "script" && type is not null && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
        {
            parent.AppendRawText(tag, content.ToString()).SetAttribute("type", type);
        }
        else if (tag == "title" || tag == "textarea")
        {
            parent.AppendRawText(tag, Decode(content));
        }
        return end >= span.Length ? span.Length : SkipPast(span, end, '>');
    }

    private static int ParseAttributes(
        string html, int position, HtmlNode? element, out string? type, out bool selfClosing)
    {
        var span = html.AsSpan();
        selfClosing = false;
        type = null;
        while (position < span.Length)
        {
            var c = span[position];
            if (c == '>')
            {
                return position + 1;
            }
            if (char.IsWhiteSpace(c))
            {
                position++;
                continue;
            }
            if (c == '/')
            {
                selfClosing = position + 1 < span.Length && span[position + 1] == '>';
                position++;
                continue;
            }
            var nameLength = span[(position + 1)..].IndexOfAny(AttributeNameEnd);
            nameLength = nameLength < 0 ? span.Length - position : nameLength + 1;
            var name = HtmlTagNames.KnownAttribute(span.Slice(position, nameLength));
            position += nameLength;
            while (position < span.Length && char.IsWhiteSpace(span[position]))
            {
                position++;
            }
            var value = ReadOnlySpan<char>.Empty;
            if (position < span.Length && span[position] == '=')
            {
                position++;
                while (position < span.Length && char.IsWhiteSpace(span[position]))
                {
                    position++;
                }
                if (position < span.Length && span[position] is '"' or '\'')
                {
                    var quote = span[position];
                    var close = span[(position + 1)..].IndexOf(quote);
                    if (close < 0)
                    {
                        return span.Length;
                    }
                    value = span.Slice(position + 1, close);
                    position += close + 2;
                }
                else
                {
                    var end = span[position..].IndexOfAny(UnquotedValueEnd);
                    end = end < 0 ? span.Length - position : end;
                    value = span.Slice(position, end);
                    position += end;
                }
            }
            if (name is not null && IsWanted(element?.Tag, name, value))
            {
                var decoded = Decode(value);
                element?.SetAttribute(name, decoded);
                if (name == "type")
                {
                    type = decoded;
                }
            }
        }
        return position;
    }

    /// <summary>Keeps only the attributes extraction reads on the elements it reads them from.</summary>
    private static bool IsWanted(string? tag, string name, ReadOnlySpan<char> value) => name switch
    {
        "href" => tag is "link" or null,
        "content" or "property" or "name" => tag is "meta" or null || name == "content" && value.Length < 120,
        "style" => value.Contains("none", StringComparison.OrdinalIgnoreCase) || value.Contains("hidden", StringComparison.OrdinalIgnoreCase),
        _ => true,
    };

    private static void CloseImpliedElements(List<HtmlNode> stack, string tag)
    {
        if (HtmlTagNames.ClosesParagraph(tag))
        {
            CloseInScope(stack, "p", null);
        }
        switch (tag)
        {
            case "li":
                CloseInScope(stack, "li", "ul", "ol");
                break;
            case "dt" or "dd":
                CloseInScope(stack, "dt", "dl");
                CloseInScope(stack, "dd", "dl");
                break;
            case "tr":
                CloseInScope(stack, "tr", "table");
                break;
            case "td" or "th":
                CloseInScope(stack, "td", "tr", "table");
                CloseInScope(stack, "th", "tr", "table");
                break;
            case "option":
                CloseInScope(stack, "option", "select");
                break;
        }
    }

    private static void CloseInScope(List<HtmlNode> stack, string tag, string? boundary, string? otherBoundary = null)
    {
        var limit = Math.Max(1, stack.Count - ImpliedEndSearchLimit);
        for (var index = stack.Count - 1; index >= limit; index--)
        {
            var open = stack[index].Tag;
            if (ReferenceEquals(open, tag))
            {
                stack.RemoveRange(index, stack.Count - index);
                return;
            }
            if (ReferenceEquals(open, boundary) || ReferenceEquals(open, otherBoundary) || HtmlTagNames.IsScopeBoundary(open!))
            {
                return;
            }
        }
    }

    private static void CloseElement(List<HtmlNode> stack, string tag)
    {
        for (var index = stack.Count - 1; index >= 1; index--)
        {
            if (stack[index].Tag == tag)
            {
                stack.RemoveRange(index, stack.Count - index);
                return;
            }
        }
        if (tag == "br" || tag == "p")
        {
            stack[^1].AppendElement(tag);
        }
    }

    private static void AppendText(HtmlNode parent, ReadOnlySpan<char> text)
    {
        if (text.IsWhiteSpace())
        {
            // A browser shows one space for whitespace between words, also where it opens an inline element
            // ("Hello<a>\n<b>world</b></a>"); at the start of a block it shows none.
            var children = parent.Children;
            var separates = children.Count > 0
                ? !children[^1].IsText || children[^1].Text is { Length: > 0 } previous && !char.IsWhiteSpace(previous[^1])
                : parent.Tag is { } tag && HtmlTagNames.IsInline(tag);
            if (text.Length > 0 && separates)
            {
                parent.AppendText(" ");
            }
            return;
        }
        parent.AppendText(Decode(text));
    }

    private static string Decode(ReadOnlySpan<char> text) =>
        text.Contains('&') ? WebUtility.HtmlDecode(text.ToString()) : text.ToString();

    private static int SkipPast(ReadOnlySpan<char> span, int from, char c)
    {
        var index = span[from..].IndexOf(c);
        return index < 0 ? span.Length : from + index + 1;
    }
}
