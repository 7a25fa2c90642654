namespace Triangulate.Stories;

/// <summary>
/// An article as the clusterer holds it: what a story record needs, and the vectors over the clusterer's key numbers
/// (comparisons then look up ints). The string-keyed features are not kept, which keeps a member small.
/// </summary>
internal sealed class StoryMember(StoryFeatures features, SparseVector terms, SparseVector actors, SparseVector numbers, int[] headlineNames)
{
    public string ArticleId { get; } = features.ArticleId;

    public string Title { get; } = features.Title;

    public string? Outlet { get; } = features.Outlet;

    public DateTimeOffset? Published { get; } = features.Published;

    public int? EventYear { get; } = features.EventYear;

    public bool Short { get; } = features.Short;

    /// <summary>The headline's sentence embedding (unit length) for an item with no body, else null.</summary>
    public float[]? Meaning { get; } = features.Meaning?.ToArray();

    public SparseVector Terms { get; } = terms;

    public SparseVector Actors { get; } = actors;

    public SparseVector Numbers { get; } = numbers;

    /// <summary>The term keys of what the headline names (each also in <see cref="Terms"/>).</summary>
    public int[] HeadlineNames { get; } = headlineNames;

    private readonly int[] nameTerms = new int[Math.Min(headlineNames.Length, StoryScorer.NameTermsPerHeadline)];
    private int nameTermsDocuments = -1;
    private readonly double[] weightedTerms = new double[terms.Count];
    private readonly double[] weightedActors = new double[actors.Count];
    private readonly double[] weightedNumbers = new double[numbers.Count];
    private int weightedDocuments = -1;
    private (double Terms, double Actors, double Numbers) squaredNorms;

    /// <summary>
    /// The vectors with each value multiplied by its key's idf², refreshed in place when the document count moved: a
    /// member is compared with many stories on arrival and again at each consolidation, and this way each comparison
    /// costs one lookup per key and allocates nothing.
    /// </summary>
    public (SparseVector Terms, SparseVector Actors, SparseVector Numbers) IdfSquaredWeighted(StoryFrequencies frequencies)
    {
        if (weightedDocuments != frequencies.Documents)
        {
            WeightedVectors.IdfSquaredWeighted(Terms, frequencies.Terms, weightedTerms);
            WeightedVectors.IdfSquaredWeighted(Actors, frequencies.Actors, weightedActors);
            WeightedVectors.IdfSquaredWeighted(Numbers, frequencies.Numbers, weightedNumbers);
            squaredNorms = (SquaredNorm(Terms, weightedTerms), SquaredNorm(Actors, weightedActors), SquaredNorm(Numbers, weightedNumbers));
            weightedDocuments = frequencies.Documents;
        }
        return (new(Terms.Keys, weightedTerms), new(Actors.Keys, weightedActors), new(Numbers.Keys, weightedNumbers));
    }

    /// <summary>
    /// The headline terms that name what the article is about: the rarest few by document frequency (a company, a
    /// place, a person), refreshed when the document count moved.
    /// </summary>
    public ReadOnlySpan<int> NameTerms(StoryFrequencies frequencies)
    {
        if (nameTermsDocuments != frequencies.Documents)
        {
            var rarest = HeadlineNames.OrderByDescending(frequencies.Terms.Idf).ThenBy(id => id).Take(nameTerms.Length);
            var i = 0;
            foreach (var id in rarest)
            {
                nameTerms[i++] = id;
            }
            nameTermsDocuments = frequencies.Documents;
        }
        return nameTerms;
    }

    /// <summary>The squared IDF-weighted norms of the three vectors, refreshed with <see cref="IdfSquaredWeighted"/>.</summary>
    public (double Terms, double Actors, double Numbers) SquaredNorms(StoryFrequencies frequencies)
    {
        IdfSquaredWeighted(frequencies);
        return squaredNorms;
    }

    private static double SquaredNorm(SparseVector vector, double[] idfSquaredWeighted)
    {
        var sum = 0.0;
        for (var i = 0; i < idfSquaredWeighted.Length; i++)
        {
            sum += vector.Values[i] * idfSquaredWeighted[i];
        }
        return sum;
    }
}
