namespace Triangulate.Facts;

/// <summary>One folded name as one article uses it: the unit the alias passes merge into actors.</summary>
internal sealed class ArticleName(NameStats stats)
{
    public NameStats Stats { get; } = stats;

    /// <summary>
    /// A surname or an unqualified name ("Okafor", "Dockers Union") that its article or story took for a longer name.
    /// It stays with that actor: the same short form in another story may stand for someone else.
    /// </summary>
    public bool IsShortForm { get; set; }
}
