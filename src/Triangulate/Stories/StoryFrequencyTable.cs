namespace Triangulate.Stories;

/// <summary>
/// How many documents hold each key the story clusterer weighs (terms, actors, numbers), and how many documents were
/// counted: what a store keeps so that a later batch is weighed against the whole corpus, not only against itself.
/// </summary>
public sealed record StoryFrequencyTable(
    int Documents,
    IReadOnlyDictionary<string, int> Terms,
    IReadOnlyDictionary<string, int> Actors,
    IReadOnlyDictionary<string, int> Numbers)
{
    public static StoryFrequencyTable Empty { get; } = new(0, new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>());
}
