namespace Triangulate.Ingest;

/// <summary>One piece of evidence for the publication (or modification) time, with how far it can be trusted.</summary>
public sealed record DateClue(PublicationTime Time, ClueStrength Strength, DateRole Role = DateRole.Published);
