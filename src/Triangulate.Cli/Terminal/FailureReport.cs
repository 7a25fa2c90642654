using Microsoft.Data.Sqlite;
using Spectre.Console;
using Triangulate.Cli.Commands;
using Triangulate.Storage;

namespace Triangulate.Cli.Terminal;

/// <summary>
/// What the user is told when a command cannot go on: one message naming the store or file and what to do, and a
/// documented exit code (docs/exit-codes.md). A stack trace is shown only for an unexpected error, and only when
/// TRIANGULATE_TRACE is set.
/// </summary>
internal static class FailureReport
{
    private const string Resume = "articles of batches committed before this are kept; run the same command again to go on";

    public static (int ExitCode, string Message) Describe(Exception error, string store) => error switch
    {
        StoreUnavailableException when !File.Exists(store) =>
            (ExitCodes.StoreUnavailable, $"{error.Message}. Check --db, or create the store with `triangulate ingest PATH --db {store}`."),
        StoreUnavailableException => (ExitCodes.StoreUnavailable, $"{error.Message}. Pass --db with another file."),
        SqliteException sqlite => Describe(sqlite, store),
        DirectoryNotFoundException => (ExitCodes.CannotWrite, $"{Reason(error)}: a folder on the path does not exist; create it or choose another path."),
        UnauthorizedAccessException => (ExitCodes.CannotWrite, $"{Reason(error)}: permission denied; choose a path you may write to."),
        IOException when IsDiskFull(error) => (ExitCodes.CannotWrite, $"the disk is full ({Reason(error)}); free some space and run again."),
        IOException => (ExitCodes.CannotWrite, $"could not read or write a file: {Reason(error)}."),
        _ => (ExitCodes.Failure, $"unexpected error, a bug in Triangulate: {error.GetType().Name}: {Reason(error)}. Please report it with the command you ran (set TRIANGULATE_TRACE=1 for the stack trace)."),
    };

    public static int Write(Exception error, string store)
    {
        var (exitCode, message) = Describe(error, store);
        Consoles.Error.MarkupLine($"[red]error:[/] {TerminalText.Escape(message)}");
        if (exitCode == ExitCodes.Failure && Environment.GetEnvironmentVariable("TRIANGULATE_TRACE") is not null)
            Console.Error.WriteLine(TerminalText.Block(error.ToString()));
        return exitCode;
    }

    private static (int, string) Describe(SqliteException error, string store) => (error.SqliteErrorCode & 0xFF) switch
    {
        8 => (ExitCodes.StoreUnavailable, $"the store {store} is read-only: read commands work on it; to add articles, make it writable or pass --db with another file."),
        13 => (ExitCodes.CannotWrite, $"the disk holding the store {store} is full; {Resume} once there is space."),
        14 when !Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(store))) => (ExitCodes.StoreUnavailable, $"cannot create the store {store}: its folder does not exist; create the folder or pass --db with another path."),
        14 => (ExitCodes.StoreUnavailable, $"cannot open the store {store}; check that the path and its folder can be read and written."),
        26 => (ExitCodes.StoreUnavailable, $"{store} is not a Triangulate store (not an SQLite database); pass --db with the store's path, or a new file to make one."),
        11 => (ExitCodes.StoreUnavailable, $"the store {store} is damaged ({error.Message}); restore it from a copy, or ingest again into a new file."),
        5 or 6 => (ExitCodes.StoreUnavailable, $"the store {store} is locked by another process for too long; try again when it has finished."),
        10 => (ExitCodes.CannotWrite, $"reading or writing the store {store} failed ({error.Message}); {Resume}."),
        _ => (ExitCodes.Failure, $"the store {store} failed: {error.Message}. Please report it with the command you ran."),
    };

    /// <summary>The exception's message without the trailing full stop, for use inside a sentence.</summary>
    private static string Reason(Exception error) => error.Message.TrimEnd('.');

    /// <summary>ENOSPC on Unix, ERROR_DISK_FULL or ERROR_HANDLE_DISK_FULL on Windows.</summary>
    private static bool IsDiskFull(Exception error) => (error.HResult & 0xFFFF) is 28 or 0x70 or 0x27;
}
