namespace Triangulate.Analysis;

/// <summary>The stages of an analysis pass, in the order they run, as progress and timings name them.</summary>
public static class AnalysisStage
{
    public const string Ingest = "ingest";
    public const string Neighbourhood = "stored neighbours";
    public const string Facts = "sentence facts";
    public const string Stories = "stories";
    public const string Reuse = "reuse";
    public const string Provenance = "provenance";
    public const string Actors = "actors";
    public const string StoryFacts = "story facts";
    public const string Views = "story views";
    public const string Store = "store";
}
