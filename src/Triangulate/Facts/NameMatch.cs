namespace Triangulate.Facts;

/// <summary>How well a name someone typed fits one of an actor's names; higher is better.</summary>
public enum NameMatch
{
    None,
    /// <summary>The query's words stand, in order, among the words of a name: "Marren" or "Ilse" for "Ilse Marren".</summary>
    Words,
    /// <summary>The query is the whole name, ignoring case, diacritics and punctuation: "ilse marren", "Ilse Marrén".</summary>
    Exact,
}
