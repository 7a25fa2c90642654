namespace Triangulate.Events;

/// <summary>How well a fact stands: on one origin, on several independent ones, or against what another origin says.</summary>
public enum FactStatus
{
    SingleSource,
    Corroborated,
    Contradicted,
}
