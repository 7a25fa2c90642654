namespace Triangulate.Ingest;

/// <summary>The main text chosen from a page, and the furniture set aside inside the chosen region.</summary>
internal sealed record HtmlBody(IReadOnlyList<string> Paragraphs, IReadOnlyList<RemovedLine> Removed)
{
    public int TextLength => Paragraphs.Sum(paragraph => paragraph.Length);
}
