using Spectre.Console;

namespace Triangulate.Cli.Terminal;

/// <summary>
/// Standard output carries results (tables, JSON); standard error carries progress and problems, so that
/// <c>triangulate run --json &gt; report.json</c> stays clean. Colour only when a terminal is watching.
/// </summary>
internal static class Consoles
{
    public static readonly IAnsiConsole Out = Create(Console.Out, Console.IsOutputRedirected);

    public static readonly IAnsiConsole Error = Create(Console.Error, Console.IsErrorRedirected);

    /// <summary>True when a person is watching standard error, so a live progress display helps rather than litters logs.</summary>
    public static bool ErrorIsInteractive =>
        !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null && Error.Profile.Capabilities.Interactive;

    private static IAnsiConsole Create(TextWriter writer, bool redirected) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
        ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
    });
}
