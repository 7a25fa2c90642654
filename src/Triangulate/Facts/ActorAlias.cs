namespace Triangulate.Facts;

/// <summary>A name an actor goes by, and how many mentions used it.</summary>
public sealed record ActorAlias(string Name, int Count);
