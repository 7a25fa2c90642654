namespace Triangulate.Facts;

/// <summary>Why two names were taken for one actor: "initials", "spelling variant", "surname", "declared in the text", ...</summary>
public sealed record AliasMerge(string Name, string Alias, string Reason);
