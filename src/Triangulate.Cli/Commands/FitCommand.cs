using System.CommandLine;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Evaluation;
using Triangulate.Facts;
using Triangulate.Reuse;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>triangulate fit MODEL DIR</c>: refits the small models and thresholds Triangulate ships, from the training part of
/// an evaluation folder only, so every shipped number can be reproduced.
/// </summary>
internal static class FitCommand
{
    public static Command Create()
    {
        var command = new Command("fit", "Refit a shipped model or threshold from an evaluation folder's training data (never its dev or test split).");
        command.Subcommands.Add(Model("paraphrase", "The sentence paraphrase model, from MSRP-format pairs not listed in dev_ids.txt.", "src/Triangulate/Reuse/paraphrase-model.json",
            (directory, output) =>
            {
                ParaphraseModelFitter.FitDirectory(directory, output);
                return $"wrote {output}; `triangulate eval paraphrase {directory}` scores it";
            }));
        command.Subcommands.Add(Model("attribution", "The attribution cue model and, beside it, the source model, from the train split of a PolNeAR-format folder.", "src/Triangulate/Facts/attribution-cues.json",
            (directory, output) =>
            {
                var finder = AttributionFinder.Fit(AttributionCorpus.Read(directory).Examples("train"));
                var sourcesOutput = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, "attribution-sources.json");
                File.WriteAllText(output, finder.Cues.ToJson());
                File.WriteAllText(sourcesOutput, finder.Sources.ToJson());
                return $"wrote {output} (cue threshold {finder.Cues.Threshold}, {finder.Cues.Stems.Count:N0} candidate stems) and {sourcesOutput} (source threshold {finder.Sources.Threshold}); `triangulate eval attribution {directory}` scores them";
            }));
        command.Subcommands.Add(Model("event-types", "The event-type classifier, from all labelled snippets of a folder (docs.jsonl + gold.tsv); `eval event-types` scores the same fitting by cross-validation.", "src/Triangulate/Events/event-types-model.json",
            (directory, output) =>
            {
                var model = EventTypeModelFitter.Fit(EventTypeEvaluation.Read(directory).Select(e => (e.Text, e.Label)).ToList());
                File.WriteAllText(output, model.ToJson());
                return $"wrote {output} ({model.Labels.Count} labels, {model.Vocabulary.Count:N0} features)";
            }));
        command.Subcommands.Add(Stories());
        return command;
    }

    /// <summary><c>fit stories DIR...</c>: one set of clustering settings for every folder given, by joint cross-validation.</summary>
    private static Command Stories()
    {
        var directories = new Argument<string[]>("DIR") { Description = "The evaluation folders (ECB+ format, or docs.jsonl + gold.tsv), fitted jointly.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("stories", "Story clustering thresholds, by 5-fold cross-validation across the folders at once (topics of gold_topic.tsv, else gold stories, dealt to folds); prints each folder's held-out scores and the chosen settings.");
        var meaning = new Option<bool>("--meaning") { Description = "Fit only the sentence-embedding weight and offset of short items; the other settings stay at their defaults." };
        command.Arguments.Add(directories);
        command.Options.Add(meaning);
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(directories)!;
            if (paths.FirstOrDefault(p => !Directory.Exists(p)) is { } missing)
            {
                Consoles.Error.MarkupLine($"[red]No such folder:[/] {Markup.Escape(missing)}");
                return ExitCodes.NotFound;
            }
            var fit = StoryThresholdFitter.Fit(paths, meaningOnly: parse.GetValue(meaning));
            foreach (var set in fit.Sets)
            {
                Consoles.Out.WriteLine($"{set.Name}: cross-validated B-cubed F1 {set.CrossValidatedBCubedF1:0.###}, ARI {set.CrossValidatedAdjustedRand:0.###}");
            }
            var chosen = fit.Chosen;
            Consoles.Out.WriteLine(
                $"chosen settings: JoinThreshold {chosen.JoinThreshold}, MergeThreshold {chosen.MergeThreshold}, ActorWeight {chosen.ActorWeight}, " +
                $"MemberFitFloor {chosen.MemberFitFloor}, ShortTextExponent {chosen.ShortTextExponent}, NumberConflictWeight {chosen.NumberConflictWeight}, " +
                $"MeaningWeight {chosen.MeaningWeight}, MeaningOffset {chosen.MeaningOffset}");
            foreach (var fold in fit.Folds)
            {
                Consoles.Out.WriteLine($"fold {fold.Fold}: MeaningWeight {fold.Chosen.MeaningWeight}, MeaningOffset {fold.Chosen.MeaningOffset}, held out {string.Join(", ", fold.HeldOut.Select(h => h.BCubedF1.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)))}");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Model(string name, string description, string defaultOutput, Func<string, string, string> fit)
    {
        var directory = new Argument<string>("DIR") { Description = "The evaluation folder." };
        var output = new Option<string>("--out") { Description = "Where to write the fitted model.", DefaultValueFactory = _ => defaultOutput, HelpName = "FILE" };
        var command = new Command(name, description);
        command.Arguments.Add(directory);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(directory)!;
            if (!Directory.Exists(path))
            {
                Consoles.Error.MarkupLine($"[red]No such folder:[/] {Markup.Escape(path)}");
                return ExitCodes.NotFound;
            }
            Consoles.Out.WriteLine(fit(path, parse.GetValue(output) ?? ""));
            return ExitCodes.Success;
        });
        return command;
    }
}
