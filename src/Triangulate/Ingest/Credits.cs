namespace Triangulate.Ingest;

/// <summary>Who published an article and whose reporting it carries, as the text reveals them.</summary>
/// <param name="Agencies">News agencies credited (normalised: "AFP", "AP", "Reuters"), in order of first credit.</param>
public sealed record Credits(Outlet? Outlet, IReadOnlyList<string> Agencies, string? Byline);
