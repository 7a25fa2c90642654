namespace Triangulate.Ingest;

/// <summary>An input that could not be read, with a reason a user can act on.</summary>
/// <param name="NotAnArticle">The input was set aside as no article (a README, a table), not as broken: it is named, but no failure.</param>
public sealed record IngestProblem(string Source, string Reason, bool NotAnArticle = false)
{
    public override string ToString() => $"{Source}: {Reason}";
}
