namespace Triangulate.Cli.Commands;

internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    /// <summary>The run finished, but some inputs could not be read; each was named on standard error.</summary>
    public const int SomeInputsFailed = 3;
    public const int NotFound = 4;
}
