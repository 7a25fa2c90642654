namespace Triangulate.Ingest;

/// <summary>
/// A node of the light HTML tree the extractor works on: an element with the few attributes extraction reads,
/// or a run of decoded text (<see cref="Tag"/> is null).
/// </summary>
internal sealed class HtmlNode
{
    private static readonly List<HtmlNode> NoChildren = [];
    private List<HtmlNode>? children;
    private List<KeyValuePair<string, string>>? attributes;
    private string? classAndId;

    private HtmlNode(string? tag, string? text, HtmlNode? parent)
    {
        Tag = tag;
        Text = text;
        Parent = parent;
    }

    /// <summary>The lower-case tag name, or null for a text node.</summary>
    public string? Tag { get; }

    /// <summary>The decoded text of a text node, or the raw content of a JSON-LD script.</summary>
    public string? Text { get; }

    public HtmlNode? Parent { get; }

    public IReadOnlyList<HtmlNode> Children => children ?? NoChildren;

    public bool IsText => Tag is null;

    public static HtmlNode CreateRoot() => new("#document", null, null);

    public HtmlNode AppendElement(string tag)
    {
        var node = new HtmlNode(tag, null, this);
        (children ??= []).Add(node);
        return node;
    }

    public void AppendText(string text)
    {
        (children ??= []).Add(new HtmlNode(null, text, this));
    }

    public HtmlNode AppendRawText(string tag, string text)
    {
        var node = new HtmlNode(tag, text, this);
        (children ??= []).Add(node);
        return node;
    }

    public void SetAttribute(string name, string value)
    {
        attributes ??= new List<KeyValuePair<string, string>>(2);
        foreach (var pair in attributes)
        {
            if (pair.Key == name)
            {
                return;
            }
        }
        attributes.Add(new(name, value));
    }

    public string? Attribute(string name)
    {
        if (attributes is null)
        {
            return null;
        }
        foreach (var pair in attributes)
        {
            if (pair.Key == name)
            {
                return pair.Value;
            }
        }
        return null;
    }

    /// <summary>Text statistics of this subtree, filled once by <see cref="HtmlStatisticsCalculator"/>.</summary>
    public HtmlNodeStatistics Statistics { get; set; }

    /// <summary>Position of the element in document order, filled with <see cref="Statistics"/>.</summary>
    public int Order { get; set; }

    /// <summary>"class id" of an element, lower-cased and cut to a bounded length, for furniture hints.</summary>
    public string ClassAndId => classAndId ??= BuildClassAndId();

    private string BuildClassAndId()
    {
        var both = (Attribute("class") + " " + Attribute("id")).Trim();
        return (both.Length > 200 ? both[..200] : both).ToLowerInvariant();
    }

    public override string ToString() => Tag ?? Text ?? "";
}
