namespace Triangulate.Evaluation.Synthetic.Pages;

/// <summary>A real wire story the page corpus republishes.</summary>
/// <param name="Corpus">Whose text it is: "Reuters" or "BBC".</param>
/// <param name="Date">When the wire sent it (Reuters-21578 has it; BBC's set does not).</param>
/// <param name="Dateline">The opening "CITY, Feb 26 -" when the text has one.</param>
/// <param name="Topic">The BBC's section, or null.</param>
public sealed record WireStory(string Id, string Title, IReadOnlyList<string> Sentences, DateTimeOffset? Date, string Corpus, string? Dateline, string? Topic);
