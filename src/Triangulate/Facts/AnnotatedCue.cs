namespace Triangulate.Facts;

/// <summary>A cue marked in annotated training text, and whether its attribution names a source.</summary>
public sealed record AnnotatedCue(TextSpan Span, bool HasSource);
