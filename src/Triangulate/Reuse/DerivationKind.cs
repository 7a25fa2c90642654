namespace Triangulate.Reuse;

/// <summary>How an article carries its parent's text.</summary>
public enum DerivationKind
{
    /// <summary>The parent's sentences, word for word, and nothing else.</summary>
    Verbatim,
    /// <summary>Word for word, but only part of the parent.</summary>
    Trimmed,
    /// <summary>Mostly the parent's sentences, some with words changed, and sentences added or dropped.</summary>
    Edited,
    /// <summary>Most of the parent's content, reworded.</summary>
    Paraphrase,
    /// <summary>A new text that keeps a little of the parent: a summary or a story with new framing.</summary>
    Rewrite,
}
