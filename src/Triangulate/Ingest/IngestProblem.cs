namespace Triangulate.Ingest;

/// <summary>An input that could not be read, with a reason a user can act on.</summary>
public sealed record IngestProblem(string Source, string Reason)
{
    public override string ToString() => $"{Source}: {Reason}";
}
