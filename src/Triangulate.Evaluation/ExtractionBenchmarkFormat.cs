namespace Triangulate.Evaluation;

/// <summary>The two extraction benchmark layouts, told apart by what their gold entries hold.</summary>
public enum ExtractionBenchmarkFormat
{
    /// <summary>Trafilatura's set: per page, "with" snippets the text must contain and "without" snippets it must not.</summary>
    Snippets,

    /// <summary>Readability.js's test pages: per page, the expected plain "text" and "metadata".</summary>
    ExpectedText,
}
