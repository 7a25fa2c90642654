using System.CommandLine;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Reports;
using Triangulate.Storage;

namespace Triangulate.Cli.Commands;

/// <summary><c>events</c>: the stored merged events (who did what with whom, where, when, who says so, on how many independent origins).</summary>
internal static class EventsCommand
{
    public static Command Create()
    {
        var story = new Option<string?>("--story") { Description = "Only events of this story (an id or unique prefix)." };
        var type = new Option<string?>("--type") { Description = "Only events of this type (meet, attack, statement, ...)." };
        var actor = new Option<string?>("--actor") { Description = "Only events this actor takes part in (an actor id or any of its names)." };
        var from = new Option<DateOnly?>("--from") { Description = "Only events on or after this day (yyyy-mm-dd)." };
        var to = new Option<DateOnly?>("--to") { Description = "Only events on or before this day." };
        var page = new Option<int>("--page") { Description = "Which page of the list, from 1.", DefaultValueFactory = _ => 1 };
        var size = new Option<int>("--size") { Description = "Events a page, most independent origins first.", DefaultValueFactory = _ => 50 };
        var command = new Command("events", "List events (meet, attack, statement, ...) with participants, place, time, who says so and how many independent origins carry them.");
        foreach (var option in new Option[] { CommonOptions.Json, story, type, actor, from, to, page, size })
            command.Options.Add(option);
        command.SetAction(async (parse, cancellation) =>
        {
            using var store = StoreAccess.OpenAnalysed(parse);
            string? storyId = null;
            if (parse.GetValue(story) is { } wanted)
            {
                if (await store.StoryAsync(wanted, cancellation) is not { } found)
                {
                    Consoles.Error.MarkupLine($"[red]No single story[/] has the id {TerminalText.Escape(wanted)}; `triangulate stories` lists them.");
                    return ExitCodes.NotFound;
                }
                storyId = found.Id;
            }
            var events = await store.EventsAsync(new EventQuery(storyId, parse.GetValue(type), parse.GetValue(actor), parse.GetValue(from), parse.GetValue(to),
                Page: parse.GetValue(page), Size: parse.GetValue(size)), cancellation);
            if (parse.GetValue(CommonOptions.Json))
            {
                await Console.Out.WriteLineAsync(ReportJson.Serialize(events.Items.Select(ReportBuilder.ToReport)));
                return ExitCodes.Success;
            }
            Consoles.Out.Write(FactTables.Events(events.Items, $"{events.Items.Count:N0} of {events.Total:N0} events, most independent origins first"));
            return ExitCodes.Success;
        });
        return command;
    }
}
