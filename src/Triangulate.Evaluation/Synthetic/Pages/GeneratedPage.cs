namespace Triangulate.Evaluation.Synthetic.Pages;

/// <summary>One page of the corpus: the HTML its template rendered and its gold.</summary>
public sealed record GeneratedPage(string Html, PageGold Gold);
