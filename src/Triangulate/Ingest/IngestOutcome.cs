namespace Triangulate.Ingest;

/// <summary>What ingesting one document gave: an article, or a problem naming the input.</summary>
public sealed record IngestOutcome(Article? Article, IngestProblem? Problem)
{
    public static IngestOutcome Of(Article article) => new(article, null);

    public static IngestOutcome Of(IngestProblem problem) => new(null, problem);
}
