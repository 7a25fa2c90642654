namespace Triangulate.Ingest;

/// <summary>The news organisation that published an article, and the text that revealed it.</summary>
public sealed record Outlet(string Name, string Evidence);
