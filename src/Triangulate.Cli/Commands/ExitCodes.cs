namespace Triangulate.Cli.Commands;

/// <summary>What the exit status of a command means; docs/exit-codes.md lists the same table for users.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    /// <summary>An unexpected error inside Triangulate (a bug): the message asks for a report.</summary>
    public const int Failure = 1;
    /// <summary>The command line is wrong: an unknown command or option, a missing argument, a value that does not parse.</summary>
    public const int Usage = 2;
    /// <summary>The run finished, but some inputs could not be read; each was named on standard error.</summary>
    public const int SomeInputsFailed = 3;
    /// <summary>The article, story or actor asked for is not in the store.</summary>
    public const int NotFound = 4;
    /// <summary>The store cannot be used: missing (for a read), not a Triangulate store, read-only for a write, locked, damaged.</summary>
    public const int StoreUnavailable = 5;
    /// <summary>Writing failed: the disk is full, a folder is missing, permission denied, an I/O error.</summary>
    public const int CannotWrite = 6;
}
