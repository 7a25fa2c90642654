namespace Triangulate.Ingest;

/// <summary>The heuristics one content-scoring attempt uses; later attempts relax them when too little text is found.</summary>
[Flags]
internal enum ContentScoringOptions
{
    None = 0,
    StripUnlikely = 1,
    WeightClasses = 2,
    CleanConditionally = 4,
    All = StripUnlikely | WeightClasses | CleanConditionally,
}
