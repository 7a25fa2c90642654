using System.CommandLine;
using Triangulate.Ingest;

namespace Triangulate.Cli.Commands;

/// <summary>Options shared by several commands, defined once so their names and help stay the same.</summary>
internal static class CommonOptions
{
    public static readonly Option<string> Database = new("--db")
    {
        Description = "The store that holds the articles and their analysis: an SQLite file (corpus.db) or a connection string (Data Source=corpus.db). ingest, run and analyze create it when missing; every other command reads it and never changes it.",
        DefaultValueFactory = _ => "triangulate.db",
        Recursive = true,
        HelpName = "PATH|CONNECTION",
    };

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Print JSON for programs instead of a table.",
    };

    public static readonly Argument<string[]> Paths = new("PATH")
    {
        Description = "Files or folders (read recursively): .txt, .html, RSS/Atom, .jsonl(.gz), .warc(.gz). The kind is sniffed from the content.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static readonly Option<string?> Outlet = new("--outlet")
    {
        Description = "The outlet that published these inputs, when you know it (wins over what the text reveals).",
    };

    public static readonly Option<string?> Url = new("--url")
    {
        Description = "The URL of the input, when you know it.",
    };

    public static readonly Option<string?> Date = new("--date")
    {
        Description = "The publication date or time (ISO 8601: 2026-03-14 or 2026-03-14T09:30+01:00), when you know it.",
        Validators =
        {
            result =>
            {
                if (result.GetValueOrDefault<string?>() is { } text && PublicationTimeResolver.ParseHinted(text) is null)
                    result.AddError($"--date {text} is not a date; give it in ISO 8601, as 2026-03-14 or 2026-03-14T09:30+01:00.");
            },
        },
    };

    public static readonly Option<int> Threads = new("--threads")
    {
        Description = "Worker threads for extraction (default: all cores).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    /// <summary>Adds the inputs and the hint options to an ingesting command.</summary>
    public static void AddIngestOptions(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Outlet);
        command.Options.Add(Url);
        command.Options.Add(Date);
        command.Options.Add(Threads);
    }

    public static ReaderOptions ReaderOptionsFrom(ParseResult parse) => new()
    {
        Hints = new ArticleHints(Url: parse.GetValue(Url), Outlet: parse.GetValue(Outlet), Date: parse.GetValue(Date)),
    };
}
