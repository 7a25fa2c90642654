namespace Triangulate.Reuse;

/// <summary>Words of a source sentence (<paramref name="Before"/>) that an edited copy replaced with others (<paramref name="After"/>); either side may be empty.</summary>
public sealed record WordChange(string Before, string After);
