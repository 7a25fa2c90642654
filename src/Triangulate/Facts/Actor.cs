namespace Triangulate.Facts;

/// <summary>One actor under all its names, with how often each name was used and why names were merged.</summary>
public sealed record Actor(string Id, string Name, ActorType Type, IReadOnlyList<ActorAlias> Aliases, IReadOnlyList<AliasMerge> Merges);
