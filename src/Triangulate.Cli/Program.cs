using System.CommandLine;
using Triangulate.Cli.Commands;

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
})
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
