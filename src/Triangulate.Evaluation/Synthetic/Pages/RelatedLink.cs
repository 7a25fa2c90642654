namespace Triangulate.Evaluation.Synthetic.Pages;

/// <summary>A link to another story, as a related-links list or a "most read" box shows it.</summary>
public sealed record RelatedLink(string Headline, string Url);
