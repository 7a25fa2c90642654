namespace Triangulate.Facts;

/// <summary>
/// A numeric claim in a sentence: "at least 31,490 people killed in the Gaza Strip, according to the health ministry"
/// has <paramref name="Value"/> 31490, <paramref name="Qualifier"/> "at least", <paramref name="What"/> "people killed
/// in the Gaza Strip" and <paramref name="AccordingTo"/> "the health ministry".
/// </summary>
/// <param name="Text">The number as written, with its qualifier.</param>
/// <param name="Exact">False for vague amounts ("dozens", "hundreds").</param>
/// <param name="Sentence">The sentence the claim stands in.</param>
public sealed record Quantity(string Text, double Value, bool Exact, string? Qualifier, string? What, string? AccordingTo, string Sentence);
