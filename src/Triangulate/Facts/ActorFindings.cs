namespace Triangulate.Facts;

/// <summary>The actor names of one text, and the aliases the text itself declares.</summary>
public sealed record ActorFindings(IReadOnlyList<ActorMention> Mentions, IReadOnlyList<AliasLink> Links);
