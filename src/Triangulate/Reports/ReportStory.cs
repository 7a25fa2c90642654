namespace Triangulate.Reports;

public sealed record ReportStory(
    string Id,
    string Title,
    IReadOnlyList<string> Articles,
    ReportOrigin? Origin,
    IReadOnlyList<ReportDerivation> Derivations,
    IReadOnlyList<ReportChange> Changes)
{
    // The facts are listed once, at the top of the report; a story names its own by id, since one claim can be given by
    // many stories and a corpus report that repeated it in each grew to many times the corpus.

    /// <summary>The ids of the story's merged events.</summary>
    public IReadOnlyList<string> EventIds { get; init; } = [];

    /// <summary>The ids of the merged claims its articles give.</summary>
    public IReadOnlyList<string> ClaimIds { get; init; } = [];

    /// <summary>The ids of the attributions in its articles (who says what).</summary>
    public IReadOnlyList<string> AttributionIds { get; init; } = [];
}

/// <param name="Reconstructed">True when the origin's text is rebuilt from its copies (the wire is not in the corpus).</param>
public sealed record ReportOrigin(string Name, string? Article, bool Reconstructed = false, IReadOnlyList<string>? Evidence = null);

/// <param name="From">The parent: an article id, or the origin's name.</param>
/// <param name="Shared">Fraction of the parent's sentences the article carries.</param>
public sealed record ReportDerivation(string Article, string From, string Kind, double Shared, IReadOnlyList<string>? Evidence = null);

public sealed record ReportChange(string Kind, string Article, string? OriginText, string? Text);
