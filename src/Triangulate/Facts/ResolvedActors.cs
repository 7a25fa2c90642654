namespace Triangulate.Facts;

/// <summary>The actors of many texts, and for each text the actor each of its names (by folded key) stands for.</summary>
public sealed record ResolvedActors(IReadOnlyList<Actor> Actors, IReadOnlyList<IReadOnlyDictionary<string, string>> ActorOfName);
