using Triangulate.Facts;
using Triangulate.Events;
using System.CommandLine;
using Spectre.Console;
using Triangulate.Analysis;
using Triangulate.Cli.Terminal;
using Triangulate.Exports;
using Triangulate.Storage;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>export events|claims|actors|timeline</c>: the stored analysis's merged events and claims, with their independent
/// origins, as tables and graphs other tools read (GDELT-style table, CSV, JSON lines, GraphML, JSON).
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var command = new Command("export", "Export the merged events and claims of the stored articles (each counted by independent origins).");
        var format = new Option<string>("--format") { Description = "gdelt (tab-separated, GDELT column order), csv or jsonl.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong([.. EventExport.Formats]);
        command.Subcommands.Add(Export("events", "Events: date, actors, CAMEO root, place with coordinates, independent origins, articles, source URLs.",
            (writer, facts, parse) => EventExport.Write(writer, facts.Events, parse.GetValue(format)!, facts.UrlOf), format));
        command.Subcommands.Add(Export("claims", "Numeric claims as CSV: value, wordings, who says so, revisions and contradictions.",
            (writer, facts, _) => ClaimExport.Write(writer, facts.Claims)));
        command.Subcommands.Add(Export("actors", "The actor network as GraphML: actors as nodes, shared events as edges weighted by independent origins.",
            (writer, facts, _) => ActorNetworkExport.Write(writer, facts.Events)));
        command.Subcommands.Add(Export("timeline", "The dated events as a JSON timeline, earliest first.",
            (writer, facts, _) => TimelineExport.Write(writer, facts.Events)));
        return command;
    }

    private static Command Export(string name, string description, Action<TextWriter, Facts, ParseResult> write, params Option[] options)
    {
        var output = new Option<string?>("--out") { Description = "Write to this file instead of the terminal.", HelpName = "FILE" };
        var command = new Command(name, description);
        command.Options.Add(output);
        foreach (var option in options)
            command.Options.Add(option);
        command.SetAction(async (parse, cancellation) =>
        {
            using var store = StoreAccess.OpenAnalysed(parse);
            var events = await AnalysedCorpus.AllPages((page, size) => store.EventsAsync(new EventQuery(Page: page, Size: size), cancellation));
            var claims = await AnalysedCorpus.AllPages((page, size) => store.ClaimFactsAsync(new ClaimQuery(Page: page, Size: size), cancellation));
            var urls = (await store.ArticlesAsync([.. events.SelectMany(e => e.Articles).Distinct()], cancellation)).ToDictionary(a => a.Id, a => a.Url ?? a.Source);
            var facts = new Facts(events, claims, id => urls.GetValueOrDefault(id, id));
            if (parse.GetValue(output) is { } path)
            {
                using var file = new StreamWriter(path);
                write(file, facts, parse);
                Consoles.Out.MarkupLine($"wrote {Markup.Escape(path)}: {events.Count:N0} events, {claims.Count:N0} claims");
            }
            else
            {
                // Article text is untrusted: on a terminal, control characters (escape sequences) are left out.
                using var buffer = new StringWriter();
                write(buffer, facts, parse);
                var text = buffer.ToString();
                Console.Out.Write(Console.IsOutputRedirected ? text : new string(text.Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray()));
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private sealed record Facts(IReadOnlyList<EventView> Events, IReadOnlyList<ClaimView> Claims, Func<string, string> UrlOf);
}
