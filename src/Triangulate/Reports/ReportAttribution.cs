using Triangulate.Text;

namespace Triangulate.Reports;

/// <summary>Who says what, in one article: the source (the whole noun phrase, a pronoun named), the cue, what is said, the outlet it was said to.</summary>
public sealed record ReportAttribution(
    string Id, string Article, string? Source, string Cue, string? Content, string? Via, bool Anonymous, IReadOnlyList<Evidence> Evidence);
