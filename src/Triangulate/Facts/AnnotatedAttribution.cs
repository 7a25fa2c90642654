namespace Triangulate.Facts;

/// <summary>An attribution marked in annotated text (PolNeAR): its source, cue and content spans, any of them missing.</summary>
public sealed record AnnotatedAttribution(TextSpan? Source, TextSpan? Cue, TextSpan? Content)
{
    /// <summary>
    /// For each found attribution in order, the index of the annotated one it stands for, or -1: the first one not yet
    /// taken whose cue overlaps its cue (or, lacking a cue, whose content overlaps its content).
    /// </summary>
    public static int[] Match(IReadOnlyList<Attribution> found, IReadOnlyList<AnnotatedAttribution> annotated)
    {
        var used = new bool[annotated.Count];
        var matches = new int[found.Count];
        for (var p = 0; p < found.Count; p++)
        {
            var prediction = found[p];
            var match = -1;
            for (var g = 0; g < annotated.Count && match < 0; g++)
            {
                if (!used[g] && (annotated[g].Cue is { } cue ? cue.Overlaps(prediction.Cue) : annotated[g].Content is { } content && prediction.Content is { } predictedContent && content.Overlaps(predictedContent)))
                    match = g;
            }
            if (match >= 0)
                used[match] = true;
            matches[p] = match;
        }
        return matches;
    }

    /// <summary>Whether a found attribution matched to this one names its source: the two source spans overlap.</summary>
    public bool SourceAgrees(Attribution found) => found.Source is { } source && Source is { } annotated && source.Overlaps(annotated);
}
