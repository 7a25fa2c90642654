namespace Triangulate.Ingest;

/// <summary>Counts over an element's subtree that content scoring reads.</summary>
/// <param name="TextLength">Characters of text, whitespace runs counted once.</param>
/// <param name="LinkTextLength">Characters of text inside links.</param>
/// <param name="InlineTextLength">Characters of text directly in the element or in its phrasing children.</param>
internal readonly record struct HtmlNodeStatistics(
    int TextLength,
    int LinkTextLength,
    int Commas,
    int InlineTextLength,
    int InlineCommas,
    int Paragraphs,
    int Images,
    int ListItems,
    int Inputs,
    int HeadingTextLength,
    bool HasBlockChild)
{
    public double LinkDensity => TextLength == 0 ? 0 : (double)LinkTextLength / TextLength;
}
