using System.CommandLine;
using Triangulate.Cli.Commands;
using Triangulate.Cli.Terminal;

namespace Triangulate.Cli;

/// <summary>The triangulate command line: every command under one root, and how a failure becomes a message and an exit code.</summary>
internal static class CliRoot
{
    public static RootCommand Create()
    {
        var root = new RootCommand(
            """
            Triangulate: find which news articles tell the same story, which copy, edit, paraphrase or rewrite which,
            and what each copy changed. Articles go into a SQLite file (./triangulate.db unless --db says otherwise).

            Start with:  triangulate run samples/
            """);
        root.Options.Add(CommonOptions.Database);
        foreach (var command in new[]
        {
            RunCommand.Create(),
            IngestCommand.Create(),
            ArticlesCommand.Create(),
            ShowCommand.Create(),
            SearchCommand.Create(),
            CopiesCommand.Create(),
            ProvenanceCommand.Create(),
            AnalyzeCommand.Create(),
            SynthCommand.Create(),
            StoriesCommand.List(),
            StoriesCommand.Show(),
            ActorsCommand.List(),
            ActorsCommand.Show(),
            ClaimsCommand.Create(),
            EventsCommand.Create(),
            ExportCommand.Create(),
            ReportCommand.Create(),
            EvalCommand.Create(),
            FitCommand.Create(),
            BenchCommand.Create(),
            ServeCommand.Create(),
        })
        {
            root.Subcommands.Add(command);
        }
        return root;
    }

    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        try
        {
            var exitCode = await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            return parse.Errors.Count > 0 ? ExitCodes.Usage : exitCode;
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return FailureReport.Write(error, StoreAccess.PathOf(parse));
        }
    }
}
