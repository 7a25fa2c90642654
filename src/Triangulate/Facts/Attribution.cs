namespace Triangulate.Facts;

/// <summary>
/// Who says what: "Palestinian factional sources told AFP" has the sources as <paramref name="Source"/>, "told" as
/// <paramref name="Cue"/>, AFP as <paramref name="Channel"/>, and what they said as <paramref name="Content"/>.
/// </summary>
/// <param name="Anonymous">The source is unnamed: "sources who requested anonymity", "a Houthi source".</param>
/// <param name="Score">How likely the cue word introduces an attribution in this context, from the fitted cue model.</param>
public sealed record Attribution(TextSpan? Source, TextSpan Cue, TextSpan? Content, TextSpan? Channel, bool Anonymous, double Score);
