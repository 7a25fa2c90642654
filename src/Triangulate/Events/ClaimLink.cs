namespace Triangulate.Events;

/// <summary>Another claim counting the same thing with another figure, and how the two relate.</summary>
/// <param name="Claim">The other claim's id.</param>
public sealed record ClaimLink(string Claim, ClaimLinkKind Kind);
