namespace Triangulate.Reuse;

/// <summary>A sentence of the later article matched to the sentence of the earlier one it carries.</summary>
/// <param name="Sentence">Index of the sentence in the article that carries it.</param>
/// <param name="Source">Index of the matched sentence in the other article.</param>
/// <param name="Similarity">Word overlap (Jaccard over content stems) of the two sentences.</param>
/// <param name="WordChanges">For an edited sentence, its word-level differences from the source ("gave way" to "collapsed"); empty otherwise.</param>
public sealed record SentenceAlignment(int Sentence, int Source, AlignmentKind Kind, double Similarity, IReadOnlyList<WordChange> WordChanges);
