namespace Triangulate.Text;

/// <summary>One sentence of an article's body text.</summary>
/// <param name="Index">Position among the article's sentences, from 0.</param>
/// <param name="Paragraph">Index of the body paragraph it stands in.</param>
/// <param name="Start">Character offset in <see cref="ArticleText.Text"/>.</param>
/// <param name="End">End offset (exclusive) in <see cref="ArticleText.Text"/>.</param>
public sealed record Sentence(int Index, int Paragraph, int Start, int End, string Text)
{
    /// <summary>Its tokens, forms, stems and numbers, profiled once for every finder and comparison that reads the sentence.</summary>
    public TextProfile Profile { get; } = TextProfiler.Profile(Text);
}
