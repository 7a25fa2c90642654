namespace Triangulate.Ingest;

/// <summary>Who published an article and whose reporting it carries, as the text reveals them.</summary>
/// <param name="Outlet">The outlet as the text names itself ("not been edited by NDTV staff", "Team Kell Courier", a copyright line).</param>
/// <param name="Agencies">News agencies credited (normalised: "AFP", "AP", "Reuters"), in order of first credit.</param>
/// <param name="Signature">The agency a closing signature names ("Agence France-Presse"): the outlet only of a text that names no other.</param>
public sealed record Credits(Outlet? Outlet, IReadOnlyList<string> Agencies, string? Byline, Outlet? Signature = null);
