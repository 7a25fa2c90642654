namespace Triangulate.Storage;

/// <summary>How a command opens the store: writers create it when missing, readers never create or change it.</summary>
public enum StoreOpenMode
{
    ReadWriteCreate,
    ReadOnly,
}
