using System.CommandLine;
using Triangulate.Cli.Commands;
using Triangulate.Cli.Terminal;

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
