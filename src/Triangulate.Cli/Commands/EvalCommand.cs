using System.CommandLine;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Evaluation;
using Triangulate.Reports;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>triangulate eval SUITE DIR</c>: every accuracy figure in the README comes from here. Predictions never read the
/// gold; the gold is read only to score.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Score Triangulate on an evaluation folder (the format of ../shared/eval) with that benchmark's own metric.");
        command.Subcommands.Add(Suite("extraction", "Main-text extraction from HTML (trafilatura or readability benchmark format).",
            (directory, predictions) => ExtractionEvaluation.Evaluate(directory, predictions)));
        command.Subcommands.Add(Suite("paraphrase", "Sentence paraphrase detection (MSRP format); scores the pairs in dev_ids.txt when present, else all.",
            (directory, predictions) => ParaphraseScores(ParaphraseEvaluation.Evaluate(directory, predictions))));
        command.Subcommands.Add(Suite("duplicates", "Exact duplicates (../shared/corpus: bbc/docs.jsonl.gz and bbc-duplicates.tsv): gold pairs called verbatim, and other pairs called verbatim.",
            (directory, predictions) => DuplicateEvaluation.Evaluate(directory, predictions)));
        command.Subcommands.Add(Suite("provenance", "Provenance on a synthetic corpus (`triangulate synth`): derivation edges and kinds, origins, and changes, each as precision, recall and F1.",
            (directory, predictions) => ProvenanceEvaluation.Evaluate(directory, predictions)));
        command.Subcommands.Add(Suite("stories", "Story clustering (docs.jsonl + gold.tsv): B-cubed precision, recall, F1 and adjusted Rand index.",
            (directory, predictions) => StoryEvaluation.Evaluate(directory, predictions)));
        command.Subcommands.Add(Suite("time", "Time expressions (TimeML format, TempEval-3 metric): span and normalised-value F1.",
            (directory, predictions) => TimeEvaluation.Evaluate(directory, predictions)));
        command.Subcommands.Add(Suite("attribution", "Attributions (PolNeAR format): source F1 by cue match and source overlap; dev_ metrics on the held-out dev split.",
            (directory, predictions) => AttributionEvaluation.Evaluate(directory, predictions)));
        command.Subcommands.Add(Suite("event-types", "Event types of labelled snippets (docs.jsonl + gold.tsv id<TAB>label, CASE 2021 format): micro, macro and weighted F1 by 5-fold cross-validation.",
            (directory, predictions) => EventTypeEvaluation.Evaluate(directory, predictions)));
        command.Subcommands.Add(Suite("events", "Event mentions (WikiEvents format: docs.jsonl + gold.jsonl): trigger identification and classification F1 (first two KAIROS levels), argument F1 with head and coreference matching.",
            (directory, predictions) => EventMentionEvaluation.Evaluate(directory, predictions)));
        command.Subcommands.Add(Suite("later-ingest", "A store fed in batches against one analysed in a single pass (docs.jsonl, optional gold.tsv): the last 5% arrive in 5 later ingests; agreement of stories (B-cubed, ARI) and origins, times, stored articles analysed again per later article.",
            (directory, predictions) => LaterIngestEvaluation.Evaluate(directory, predictions)));
        return command;
    }

    private static EvaluationScores ParaphraseScores(ParaphraseScore score) => new(new Dictionary<string, double>
    {
        ["accuracy"] = score.Accuracy,
        ["precision"] = score.Precision,
        ["recall"] = score.Recall,
        ["f1"] = score.F1,
        ["pairs"] = score.Pairs,
    });

    private static Command Suite(string name, string description, Func<string, string?, EvaluationScores> evaluate)
    {
        var directory = new Argument<string>("DIR") { Description = "The evaluation folder." };
        var predictions = new Option<string?>("--predictions")
        {
            Description = "Also write what Triangulate predicted, in the format of the folder's gold file.",
            HelpName = "FILE",
        };
        var command = new Command(name, description);
        command.Arguments.Add(directory);
        command.Options.Add(CommonOptions.Json);
        command.Options.Add(predictions);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(directory)!;
            if (!Directory.Exists(path))
            {
                Consoles.Error.MarkupLine($"[red]No such folder:[/] {Markup.Escape(path)}");
                return ExitCodes.NotFound;
            }
            var scores = evaluate(path, parse.GetValue(predictions));
            if (parse.GetValue(CommonOptions.Json))
            {
                Console.Out.WriteLine(ReportJson.Serialize(scores.Metrics));
                return ExitCodes.Success;
            }
            var table = new Table().Border(TableBorder.Rounded).AddColumn("metric").AddColumn(new TableColumn("value").RightAligned());
            foreach (var (metric, value) in scores.Metrics)
                table.AddRow(Markup.Escape(metric), value.ToString("0.####"));
            table.Caption(Markup.Escape($"{name}: {Path.GetFileName(Path.TrimEndingDirectorySeparator(path))}"));
            Consoles.Out.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
