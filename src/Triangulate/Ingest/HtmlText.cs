using System.Text;

namespace Triangulate.Ingest;

/// <summary>Plain text of a light HTML subtree, with whitespace collapsed.</summary>
internal static class HtmlText
{
    /// <summary>All the text below <paramref name="node"/>, cut once it reaches <paramref name="maxLength"/>.</summary>
    public static string Inner(HtmlNode node, int maxLength = int.MaxValue)
    {
        var builder = new StringBuilder();
        Append(node, builder, maxLength);
        return Collapse(builder.ToString());
    }

    /// <summary>Runs of whitespace (including no-break spaces) as one space, trimmed.</summary>
    public static string Collapse(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200b')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static void Append(HtmlNode node, StringBuilder builder, int maxLength)
    {
        foreach (var child in node.Children)
        {
            if (builder.Length >= maxLength)
            {
                return;
            }
            if (child.IsText)
            {
                builder.Append(child.Text);
            }
            else if (child.Text is null)
            {
                var inline = HtmlTagNames.IsInline(child.Tag!);
                if (!inline)
                {
                    builder.Append(' ');
                }
                Append(child, builder, maxLength);
                if (!inline)
                {
                    builder.Append(' ');
                }
            }
        }
    }
}
