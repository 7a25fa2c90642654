using Spectre.Console;

namespace Triangulate.Cli.Terminal;

/// <summary>
/// Standard output carries results (tables, JSON); standard error carries progress and problems, so that
/// <c>triangulate run --json &gt; report.json</c> stays clean.
/// </summary>
internal static class Consoles
{
    public static readonly IAnsiConsole Out = AnsiConsole.Console;

    public static readonly IAnsiConsole Error = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
    });

    /// <summary>True when a person is watching standard error, so a live progress display helps rather than litters logs.</summary>
    public static bool ErrorIsInteractive =>
        !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null && Error.Profile.Capabilities.Interactive;
}
