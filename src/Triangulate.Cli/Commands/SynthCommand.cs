using System.CommandLine;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Evaluation.Synthetic;

namespace Triangulate.Cli.Commands;

/// <summary><c>synth CORPUS --out DIR</c>: writes a synthetic provenance corpus with its gold, for <c>eval provenance</c> and <c>eval stories</c>.</summary>
internal static class SynthCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string>("CORPUS") { Description = "A folder with docs.jsonl(.gz) files of real articles (for example ../shared/corpus); searched recursively." };
        var output = new Option<string>("--out") { Description = "The folder to write docs.jsonl, gold.tsv, derivations.tsv and changes.tsv to.", Required = true, HelpName = "DIR" };
        var families = new Option<int>("--families") { Description = "Articles taken as originals, each with its copies.", DefaultValueFactory = _ => 300 };
        var distractors = new Option<int>("--distractors") { Description = "Articles added unchanged, each alone.", DefaultValueFactory = _ => 600 };
        var seed = new Option<int>("--seed") { Description = "The random seed: the same seed gives the same corpus.", DefaultValueFactory = _ => 7 };
        var command = new Command("synth",
            "Generate a synthetic provenance corpus from real articles: each original gets copies of every kind (verbatim, trimmed, edited, paraphrase, rewrite, copies of copies) with known parents and planted changes (quotes, figures, attributions, labels, sentences added and dropped). Score it with `triangulate eval provenance DIR` and `triangulate eval stories DIR`.");
        command.Arguments.Add(corpus);
        command.Options.Add(output);
        command.Options.Add(families);
        command.Options.Add(distractors);
        command.Options.Add(seed);
        command.SetAction(parse =>
        {
            var source = parse.GetValue(corpus)!;
            if (!Directory.Exists(source))
            {
                Consoles.Error.MarkupLine($"[red]No such folder:[/] {Markup.Escape(source)}");
                return ExitCodes.NotFound;
            }
            var generated = new SyntheticCorpusGenerator(parse.GetValue(families), parse.GetValue(distractors), parse.GetValue(seed))
                .Generate(SyntheticCorpusGenerator.ReadSources(source));
            generated.Write(parse.GetValue(output)!);
            Consoles.Error.WriteLine($"Wrote {generated.Documents.Count:N0} documents and {generated.Changes.Count:N0} planted changes to {parse.GetValue(output)}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
