using Triangulate.Ingest;

namespace Triangulate.Storage;

/// <summary>What an ingest run stored, skipped and could not read.</summary>
public sealed record IngestSummary(int Added, int AlreadyStored, IReadOnlyList<IngestProblem> Problems, IReadOnlyList<string> ArticleIds)
{
    public int Read => Added + AlreadyStored;
}
