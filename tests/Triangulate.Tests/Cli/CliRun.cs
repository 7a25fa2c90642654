using System.Diagnostics;

namespace Triangulate.Tests.Cli;

/// <summary>Runs the real triangulate program (the CLI assembly beside the tests) and captures what it prints.</summary>
internal static class CliRun
{
    public static (int ExitCode, string Output, string Errors) Run(params string[] arguments) => Run([], arguments);

    /// <summary>Runs triangulate as an unprivileged user (nobody), so file permissions hold even when the tests run as root.</summary>
    public static (int ExitCode, string Output, string Errors) RunUnprivileged(params string[] arguments) =>
        Environment.UserName == "root"
            ? Run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "env", "HOME=/tmp", "DOTNET_CLI_HOME=/tmp"], arguments)
            : Run([], arguments);

    private static (int ExitCode, string Output, string Errors) Run(string[] prefix, string[] arguments)
    {
        var start = new ProcessStartInfo(prefix.Length > 0 ? prefix[0] : "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var part in prefix.Skip(1).Concat(prefix.Length > 0 ? ["dotnet"] : []))
            start.ArgumentList.Add(part);
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Triangulate.Cli.dll"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("triangulate " + string.Join(' ', arguments) + " did not finish");
        }
        return (process.ExitCode, output.Result, errors.Result);
    }

    /// <summary>The repository's samples folder, found by walking up from the test binaries.</summary>
    public static string Samples()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "samples");
            if (File.Exists(Path.Combine(candidate, "README.md")))
                return candidate;
        }
        throw new DirectoryNotFoundException("samples/ not found above " + AppContext.BaseDirectory);
    }
}
