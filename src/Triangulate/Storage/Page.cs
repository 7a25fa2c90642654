namespace Triangulate.Storage;

/// <summary>One page of a longer list: the items, how many there are in all, and which page this is (from 1).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Number, int Size);
