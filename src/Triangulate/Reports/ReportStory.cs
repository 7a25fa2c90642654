namespace Triangulate.Reports;

public sealed record ReportStory(
    string Id,
    string Title,
    IReadOnlyList<string> Articles,
    ReportOrigin? Origin,
    IReadOnlyList<ReportDerivation> Derivations,
    IReadOnlyList<ReportChange> Changes)
{
    /// <summary>The story's merged events.</summary>
    public IReadOnlyList<ReportEvent> Events { get; init; } = [];

    /// <summary>The merged claims its articles give.</summary>
    public IReadOnlyList<ReportClaim> Claims { get; init; } = [];

    /// <summary>Who says what in its articles.</summary>
    public IReadOnlyList<ReportAttribution> Attributions { get; init; } = [];
}

/// <param name="Reconstructed">True when the origin's text is rebuilt from its copies (the wire is not in the corpus).</param>
public sealed record ReportOrigin(string Name, string? Article, bool Reconstructed = false, IReadOnlyList<string>? Evidence = null);

/// <param name="From">The parent: an article id, or the origin's name.</param>
/// <param name="Shared">Fraction of the parent's sentences the article carries.</param>
public sealed record ReportDerivation(string Article, string From, string Kind, double Shared, IReadOnlyList<string>? Evidence = null);

public sealed record ReportChange(string Kind, string Article, string? OriginText, string? Text);
