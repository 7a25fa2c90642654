namespace Triangulate.Evaluation.Synthetic;

/// <summary>One article of a synthetic corpus with what it truly is.</summary>
/// <param name="Family">The family (one story) it belongs to; a distractor is its own family.</param>
/// <param name="Parent">The document or agency it derives from; empty for an origin or a distractor.</param>
/// <param name="Kind">origin, verbatim, trimmed, edited, paraphrase, rewrite, or distractor.</param>
/// <param name="Sentences">Its body, one sentence per paragraph.</param>
public sealed record SyntheticDocument(
    string Id,
    string Title,
    IReadOnlyList<string> Sentences,
    DateTimeOffset Published,
    string Outlet,
    string Family,
    string Parent,
    string Kind);
