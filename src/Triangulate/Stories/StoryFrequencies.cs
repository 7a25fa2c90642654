namespace Triangulate.Stories;

/// <summary>The three document-frequency tables the clusterer keeps: terms, actors and numbers.</summary>
internal sealed class StoryFrequencies
{
    public DocumentFrequencies Terms { get; } = new();

    public DocumentFrequencies Actors { get; } = new();

    public DocumentFrequencies Numbers { get; } = new();

    public int Documents => Terms.Documents;

    public void Observe(StoryFeatures features)
    {
        Terms.Observe(features.Terms.Keys);
        Actors.Observe(features.Actors.Keys);
        Numbers.Observe(features.Numbers.Keys);
    }
}
