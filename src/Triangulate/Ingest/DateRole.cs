namespace Triangulate.Ingest;

/// <summary>What a date on a page stamps: the first publication, or a later update that must not pass for it.</summary>
public enum DateRole
{
    Published,
    Modified,
}
