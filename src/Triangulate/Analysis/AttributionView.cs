using Triangulate.Text;

namespace Triangulate.Analysis;

/// <summary>
/// Who says what in one article: "Palestinian factional sources told AFP ..." has the source "Palestinian factional
/// sources", the cue "told", the content, and AFP as <paramref name="Via"/>. A pronoun source ("It said") is named by
/// the actor it stands for.
/// </summary>
/// <param name="Anonymous">The source is unnamed: "sources who requested anonymity", "a Houthi source".</param>
/// <param name="Evidence">The words from the source (or cue) to the end of what is said.</param>
public sealed record AttributionView(
    string Id, string Article, string? Source, string Cue, string? Content, string? Via, bool Anonymous, Evidence Evidence);
