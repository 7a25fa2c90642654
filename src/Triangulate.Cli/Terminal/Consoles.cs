using Spectre.Console;

namespace Triangulate.Cli.Terminal;

/// <summary>
/// Standard output carries results (tables, JSON); standard error carries progress and problems, so that
/// <c>triangulate run --json &gt; report.json</c> stays clean. Colour only when a terminal is watching. Every console
/// passes what it writes through <see cref="SafeRenderHook"/>. Results written to a file or pipe, and messages on
/// standard error, are not wrapped at a guessed width: a script or a log reads whole lines.
/// </summary>
internal static class Consoles
{
    public static readonly IAnsiConsole Out = Create(Console.Out, Console.IsOutputRedirected, naturalWidth: Console.IsOutputRedirected);

    public static readonly IAnsiConsole Error = Create(Console.Error, Console.IsErrorRedirected, naturalWidth: true);

    /// <summary>The live progress line on standard error, kept within the terminal's width so it can redraw in place.</summary>
    public static readonly IAnsiConsole Progress = Create(Console.Error, Console.IsErrorRedirected, naturalWidth: false);

    /// <summary>True when a person is watching standard error, so a live progress display helps rather than litters logs.</summary>
    public static bool ErrorIsInteractive =>
        !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null && Progress.Profile.Capabilities.Interactive;

    private static IAnsiConsole Create(TextWriter writer, bool redirected, bool naturalWidth)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        console.Pipeline.Attach(new SafeRenderHook(naturalWidth));
        return console;
    }
}
