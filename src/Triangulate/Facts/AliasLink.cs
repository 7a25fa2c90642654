namespace Triangulate.Facts;

/// <summary>Two names the text itself says are one actor: "Popular Front for the Liberation of Palestine (PFLP)", "Ansar Allah (the Huthis)".</summary>
public sealed record AliasLink(string Name, string Alias, string Reason);
