namespace Triangulate.Stories;

/// <summary>Compares two stories (an arriving article is a story of one) and combines the signals into a score.</summary>
internal sealed class StoryScorer(StoryClusteringOptions options, StoryFrequencies frequencies)
{
    private const double DaysPerWeek = 7;

    public StorySignals Signals(StoryState a, StoryState b)
    {
        var aNorms = a.SquaredNorms(frequencies);
        var bNorms = b.SquaredNorms(frequencies);
        return new StorySignals(
            WeightedVectors.Cosine(a.Terms, aNorms.Terms, b.Terms, bNorms.Terms, frequencies.Terms),
            WeightedVectors.Cosine(a.Actors, aNorms.Actors, b.Actors, bNorms.Actors, frequencies.Actors),
            WeightedVectors.Cosine(a.Numbers, aNorms.Numbers, b.Numbers, bNorms.Numbers, frequencies.Numbers),
            YearConflict(a, b),
            DaysApart(a, b));
    }

    public double Score(StorySignals signals)
    {
        var score = signals.Text
            + options.ActorWeight * signals.Actors
            + options.NumberWeight * signals.Numbers
            - options.YearConflictWeight * signals.YearConflict;
        if (signals.DaysApart is { } days && days > options.TimeGraceDays)
        {
            score -= Math.Min(options.MaxTimePenalty, (days - options.TimeGraceDays) / DaysPerWeek * options.TimePenaltyPerWeek);
        }
        return score;
    }

    /// <summary>One minus the overlap of the two stories' event-year distributions; 0 when either has no year.</summary>
    private static double YearConflict(StoryState a, StoryState b)
    {
        var aDated = a.DatedMembers;
        var bDated = b.DatedMembers;
        if (aDated == 0 || bDated == 0)
        {
            return 0;
        }
        var overlap = 0.0;
        foreach (var (year, count) in a.Years)
        {
            overlap += Math.Min((double)count / aDated, (double)b.Years.GetValueOrDefault(year) / bDated);
        }
        return 1 - overlap;
    }

    private static double? DaysApart(StoryState a, StoryState b)
    {
        if (a.First is not { } aFirst || a.Last is not { } aLast || b.First is not { } bFirst || b.Last is not { } bLast)
        {
            return null;
        }
        var gap = bFirst > aLast ? bFirst - aLast : aFirst > bLast ? aFirst - bLast : TimeSpan.Zero;
        return gap.TotalDays;
    }
}
