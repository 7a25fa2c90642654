namespace Triangulate.Evaluation.Synthetic;

/// <summary>A change the generator made to a copy against its parent: kind as in <see cref="Reuse.ChangeKind"/> (lower case), and the words before and after.</summary>
public sealed record PlantedChange(string Document, string Kind, string OriginText, string Text);
