using System.Text;
using AngleSharp.Dom;

namespace Triangulate.Ingest;

/// <summary>Visible text of DOM nodes with whitespace collapsed, skipping scripts, styles and hidden elements.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Invisible = ["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "BUTTON", "SELECT", "OPTION", "TEXTAREA", "INPUT"];

    public static string Of(INode node)
    {
        var builder = new StringBuilder();
        Append(node, builder);
        return Collapse(builder);
    }

    /// <summary>Characters of text inside links, for link density.</summary>
    public static int LinkTextLength(IElement element)
    {
        var total = 0;
        foreach (var link in element.GetElementsByTagName("a"))
            total += Of(link).Length;
        return total;
    }

    private static void Append(INode node, StringBuilder builder)
    {
        // An explicit stack: hostile pages nest tens of thousands of elements deep.
        var stack = new Stack<INode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is IText text)
            {
                builder.Append(text.Data);
                continue;
            }
            if (current is IElement element)
            {
                if (Invisible.Contains(element.TagName) || element.HasAttribute("hidden") || IsHiddenByStyle(element))
                    continue;
                if (element.TagName == "BR")
                {
                    builder.Append(' ');
                    continue;
                }
            }
            for (var child = current.LastChild; child is not null; child = child.PreviousSibling)
                stack.Push(child);
        }
    }

    private static bool IsHiddenByStyle(IElement element) =>
        element.GetAttribute("style") is { } style && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase) || style.Contains("display: none", StringComparison.OrdinalIgnoreCase));

    public static string Collapse(StringBuilder builder)
    {
        var result = new StringBuilder(builder.Length);
        var space = false;
        for (var i = 0; i < builder.Length; i++)
        {
            var c = builder[i];
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                space = result.Length > 0;
                continue;
            }
            if (space)
                result.Append(' ');
            space = false;
            result.Append(c);
        }
        return result.ToString();
    }
}
