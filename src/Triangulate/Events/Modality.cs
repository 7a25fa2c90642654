namespace Triangulate.Events;

/// <summary>Whether the text says the event took place.</summary>
public enum Modality
{
    Happened,
    /// <summary>Announced, intended or expected: "will meet", "plans to visit", "would expand".</summary>
    Planned,
    /// <summary>Said not to have happened: "denied meeting", "did not attack".</summary>
    Denied,
    /// <summary>Possible or conditional: "could strike", "if talks fail", "a possible ground assault".</summary>
    Hypothetical,
}
