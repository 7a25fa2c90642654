namespace Triangulate.Storage;

/// <summary>The store cannot be used as asked: it is missing (for a read), holds no store, or needs a newer program.</summary>
public sealed class StoreUnavailableException(string message) : IOException(message);
