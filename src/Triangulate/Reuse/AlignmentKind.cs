namespace Triangulate.Reuse;

/// <summary>How a sentence of one article carries a sentence of another.</summary>
public enum AlignmentKind
{
    /// <summary>The same words, up to case, quotes and dashes.</summary>
    Verbatim,
    /// <summary>The same sentence with some words changed, added or dropped.</summary>
    Edited,
    /// <summary>The same content in other words, as the paraphrase model judges it.</summary>
    Paraphrase,
}
