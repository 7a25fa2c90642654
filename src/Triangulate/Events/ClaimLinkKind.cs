namespace Triangulate.Events;

public enum ClaimLinkKind
{
    /// <summary>The same count given again later with a new figure: 1,400 killed in October, 1,160 in March.</summary>
    Revision,
    /// <summary>The same count given at the same time with another figure by another origin.</summary>
    Contradiction,
}
