using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Triangulate.Web.Pages;

/// <summary>
/// Builds a page: <see cref="Tag"/> and <see cref="Raw"/> take markup written in this project only; every value
/// from a store or a request goes through <see cref="Text"/> or an attribute, which HTML-encode it.
/// </summary>
internal sealed class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _html = new(16 * 1024);

    /// <summary>Markup from this project's code; never pass it text from elsewhere.</summary>
    public Html Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public Html Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
            Encoder.Encode(new StringWriter(_html, CultureInfo.InvariantCulture), text);
        return this;
    }

    public Html Number(double value, string format = "N0") => Text(value.ToString(format, CultureInfo.InvariantCulture));

    /// <summary>An element with a text content: <c>Tag("td", value, "class", "meta")</c>.</summary>
    public Html Tag(string name, string? text, params string?[] attributes)
    {
        Open(name, attributes);
        Text(text);
        return Raw("</").Raw(name).Raw(">");
    }

    /// <summary>An opening tag with attributes given as name, value pairs; a null value leaves its attribute out.</summary>
    public Html Open(string name, params string?[] attributes)
    {
        _html.Append('<').Append(name);
        for (var i = 0; i + 1 < attributes.Length; i += 2)
        {
            if (attributes[i + 1] is { } value)
                _html.Append(' ').Append(attributes[i]).Append("=\"").Append(Encoder.Encode(value)).Append('"');
        }
        _html.Append('>');
        return this;
    }

    public Html Close(string name) => Raw("</").Raw(name).Raw(">");

    /// <summary>A link within this app: the path is ours, each segment escaped.</summary>
    public Html Link(string text, string path, params string?[] attributes)
    {
        Open("a", ["href", path, .. attributes]);
        Text(text);
        return Close("a");
    }

    public static string PathOf(string prefix, string id) => prefix + "/" + Uri.EscapeDataString(id);

    public override string ToString() => _html.ToString();
}
