using System.CommandLine;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Evaluation.Synthetic;
using Triangulate.Evaluation.Synthetic.Pages;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>synth CORPUS --out DIR</c>: writes a synthetic provenance corpus with its gold, for <c>eval provenance</c> and
/// <c>eval stories</c>: plain-text families by default, or with <c>--pages</c> HTML pages of fictional outlets.
/// </summary>
internal static class SynthCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string>("CORPUS") { Description = "A folder with docs.jsonl(.gz) files of real articles (for example ../shared/corpus); searched recursively." };
        var output = new Option<string>("--out") { Description = "The folder to write docs.jsonl, gold.tsv, derivations.tsv and changes.tsv to (with --pages also feeds/ and pages.tsv).", Required = true, HelpName = "DIR" };
        var families = new Option<int>("--families") { Description = "Articles taken as originals, each with its copies.", DefaultValueFactory = _ => 300 };
        var distractors = new Option<int>("--distractors") { Description = "Articles added unchanged, each alone.", DefaultValueFactory = _ => 600 };
        var pages = new Option<bool>("--pages") { Description = "Write HTML pages of fictional outlets (and RSS headlines) instead of plain-text families: each page's date, outlet and text must be read from its markup." };
        var stories = new Option<int>("--stories") { Description = "With --pages: the wire stories to republish.", DefaultValueFactory = _ => 2000 };
        var seed = new Option<int>("--seed") { Description = "The random seed: the same seed gives the same corpus.", DefaultValueFactory = _ => 7 };
        var command = new Command("synth",
            "Generate a synthetic provenance corpus from real articles: each original gets copies of every kind (verbatim, trimmed, edited, paraphrase, rewrite, copies of copies) with known parents and planted changes (quotes, figures, attributions, labels, sentences added and dropped). With --pages: HTML pages of 14 fictional outlet and agency templates plus RSS headlines, with pages.tsv giving each page's date, outlet, story, parent, kind and template half. Score it with `triangulate eval provenance DIR` and `triangulate eval stories DIR`.");
        command.Arguments.Add(corpus);
        command.Options.Add(output);
        command.Options.Add(families);
        command.Options.Add(distractors);
        command.Options.Add(pages);
        command.Options.Add(stories);
        command.Options.Add(seed);
        command.SetAction(parse =>
        {
            var source = parse.GetValue(corpus)!;
            if (!Directory.Exists(source))
            {
                Consoles.Error.MarkupLine($"[red]No such folder:[/] {Markup.Escape(source)}");
                return ExitCodes.NotFound;
            }
            if (parse.GetValue(pages))
            {
                var written = new PageCorpusGenerator(parse.GetValue(stories), parse.GetValue(seed)).Generate(WireStories.Read(source));
                written.Write(parse.GetValue(output)!);
                Consoles.Error.WriteLine($"Wrote {written.Pages.Count:N0} pages, {written.FeedItems.Count:N0} feed items and {written.Changes.Count:N0} planted changes to {parse.GetValue(output)}.");
                return ExitCodes.Success;
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
