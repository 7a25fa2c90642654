namespace Triangulate.Ingest;

/// <summary>Fills <see cref="HtmlNode.Statistics"/> for every element of a tree, bottom-up in one pass.</summary>
internal static class HtmlStatisticsCalculator
{
    public static void Fill(HtmlNode root)
    {
        var order = 0;
        Compute(root, insideLink: false, ref order);
    }

    private static HtmlNodeStatistics Compute(HtmlNode element, bool insideLink, ref int order)
    {
        element.Order = order++;
        int text = 0, links = 0, commas = 0, inlineText = 0, inlineCommas = 0;
        int paragraphs = 0, images = 0, listItems = 0, inputs = 0, headings = 0;
        var hasBlockChild = false;
        var isLink = insideLink || element.Tag == "a";
        foreach (var child in element.Children)
        {
            if (child.IsText)
            {
                var (length, childCommas) = Measure(child.Text!);
                text += length;
                commas += childCommas;
                inlineText += length;
                inlineCommas += childCommas;
                if (isLink)
                {
                    links += length;
                }
                continue;
            }
            if (child.Text is not null)
            {
                continue;
            }
            var tag = child.Tag!;
            var stats = Compute(child, isLink, ref order);
            text += stats.TextLength;
            links += stats.LinkTextLength;
            commas += stats.Commas;
            paragraphs += stats.Paragraphs + (tag == "p" ? 1 : 0);
            images += stats.Images + (tag == "img" ? 1 : 0);
            listItems += stats.ListItems + (tag == "li" ? 1 : 0);
            inputs += stats.Inputs + (tag is "input" or "select" or "button" or "textarea" ? 1 : 0);
            headings += tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" ? stats.TextLength : stats.HeadingTextLength;
            if (HtmlTagNames.IsInline(tag))
            {
                inlineText += stats.TextLength;
                inlineCommas += stats.Commas;
            }
            else if (tag != "br")
            {
                hasBlockChild = true;
            }
        }
        var result = new HtmlNodeStatistics(text, links, commas, inlineText, inlineCommas, paragraphs, images, listItems,
            inputs, headings, hasBlockChild);
        element.Statistics = result;
        return result;
    }

    /// <summary>Length with each whitespace run counted as one character, and the commas of any script.</summary>
    private static (int Length, int Commas) Measure(string text)
    {
        int length = 0, commas = 0;
        var previousWhite = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!previousWhite)
                {
                    length++;
                }
                previousWhite = true;
                continue;
            }
            previousWhite = false;
            length++;
            if (c is ',' or '，' or '、' or '،' or '﹐' or '︐' or '︑' or '⸴' or '⸲' or '﹑')
            {
                commas++;
            }
        }
        return (length, commas);
    }
}
