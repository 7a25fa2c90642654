namespace Triangulate.Evaluation;

/// <summary>One row of a paraphrase folder's pairs.tsv: the pair id, its gold label (null if the row has none) and the two sentences.</summary>
public sealed record ParaphrasePair(string Id, bool? IsParaphrase, string First, string Second);
