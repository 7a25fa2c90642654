using Triangulate.Events;
using Triangulate.Text;

namespace Triangulate.Analysis;

/// <summary>
/// A numeric claim as the analysis layer stores and answers it: one figure counting one thing, however many articles
/// give it and in whatever wording, who gives it, what it stands on, and the claims revising or contradicting it.
/// </summary>
/// <param name="Text">The figure as first written, with its qualifier ("at least 31,490").</param>
/// <param name="Value">The figure; null for a vague amount ("dozens", "thousands").</param>
/// <param name="What">The counted noun phrase ("people in the Gaza Strip").</param>
/// <param name="Counts">What is counted, as claims are compared: "kill", or the counted noun's stem.</param>
/// <param name="AccordingTo">Who the first wording says gives it; <paramref name="Sources"/> every source the texts name.</param>
/// <param name="About">The day the count is about, when the sentence names one ("the October 7 attack").</param>
/// <param name="Stories">The stories whose articles give it.</param>
/// <param name="Status">single-source, corroborated or contradicted.</param>
/// <param name="Links">Claims counting the same thing with another figure: revisions over time, or contradictions.</param>
public sealed record ClaimView(
    string Id,
    string Text,
    double? Value,
    string? Qualifier,
    string? What,
    string Counts,
    string? AccordingTo,
    IReadOnlyList<string> Wordings,
    IReadOnlyList<string> Sources,
    DateOnly? About,
    IReadOnlyList<string> Stories,
    IReadOnlyList<string> Articles,
    int IndependentOrigins,
    string Status,
    IReadOnlyList<ClaimLink> Links,
    IReadOnlyList<Evidence> Evidence);
