using Triangulate.Facts;

namespace Triangulate.Events;

/// <summary>
/// One figure counting one thing, however many articles give it, with every wording ("at least 31,490", "over 31,490":
/// a drifted figure stays one claim) and the claims that count the same thing with another figure.
/// </summary>
/// <param name="Counts">What is counted, as the claims are compared: "kill", "injure", or the counted noun's stem.</param>
/// <param name="Value">The figure; null for a vague amount ("dozens", "thousands").</param>
/// <param name="Wordings">Every distinct way the articles write it.</param>
/// <param name="AccordingTo">Who the articles say gives it.</param>
public sealed record ClaimFact(
    string Id,
    string Counts,
    double? Value,
    Quantity Quantity,
    IReadOnlyList<string> Wordings,
    IReadOnlyList<string> AccordingTo,
    DateOnly? About,
    Support Support,
    IReadOnlyList<ClaimLink> Links);
