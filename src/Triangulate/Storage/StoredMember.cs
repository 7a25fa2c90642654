namespace Triangulate.Storage;

/// <summary>A stored article as a member of its stored story, with its headline.</summary>
public sealed record StoredMember(string Story, string Article, string Title);
