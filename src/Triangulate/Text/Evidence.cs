namespace Triangulate.Text;

/// <summary>
/// Where a derived record comes from: a span of one article's body text (<see cref="ArticleText.Text"/>), the sentence
/// that holds its start, and the words it covers. Every fact, attribution, mention and change carries its evidence.
/// </summary>
/// <param name="Sentence">Index of the sentence holding <paramref name="Start"/>; -1 for the headline.</param>
/// <param name="Start">Character offset in the article's body text.</param>
/// <param name="End">End offset (exclusive).</param>
public sealed record Evidence(string Article, int Sentence, int Start, int End, string Text);
