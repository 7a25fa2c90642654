namespace Triangulate.Ingest;

/// <summary>One thing read from the inputs: a document, or a problem naming the input that could not be read.</summary>
public sealed record SourceItem(SourceDocument? Document, IngestProblem? Problem)
{
    public static SourceItem Of(SourceDocument document) => new(document, null);

    public static SourceItem Failed(string source, string reason) => new(null, new IngestProblem(source, reason));

    /// <summary>An input set aside because it holds no article (documentation, a table), not because it is broken.</summary>
    public static SourceItem NotAnArticle(string source, string reason) => new(null, new IngestProblem(source, reason, NotAnArticle: true));
}
