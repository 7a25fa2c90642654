namespace Triangulate.Reuse;

/// <summary>What a derived article changed against its parent.</summary>
public enum ChangeKind
{
    /// <summary>Words inside quotation marks differ.</summary>
    Quote,
    /// <summary>A number or its qualifier changed ("at least 31,490" to "over 31,490").</summary>
    Figure,
    /// <summary>The same statement is credited to someone else.</summary>
    Attribution,
    /// <summary>Another noun phrase for the same actor ("Islamist groups" to "Islamist terror groups").</summary>
    Label,
    /// <summary>A sentence the parent does not have.</summary>
    Added,
    /// <summary>A sentence of the parent left out.</summary>
    Dropped,
    /// <summary>The headline was rewritten.</summary>
    Headline,
}
