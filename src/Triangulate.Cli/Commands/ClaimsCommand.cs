using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Reports;
using Triangulate.Storage;

namespace Triangulate.Cli.Commands;

/// <summary><c>claims</c>: the numeric claims of the stored articles, with what they count and who says so.</summary>
internal static class ClaimsCommand
{
    public static Command Create()
    {
        var minimum = new Option<double>("--min") { Description = "Leave out claims below this value (small counts are often just \"two groups\").", DefaultValueFactory = _ => 10 };
        var page = new Option<int>("--page") { Description = "Which page of the list, from 1.", DefaultValueFactory = _ => 1 };
        var size = new Option<int>("--size") { Description = "How many claims a page shows.", DefaultValueFactory = _ => 50 };
        var text = new Option<string?>("--text") { Description = "Only claims whose wording or sentences hold these words (\"killed\", \"barrels\").", HelpName = "WORDS" };
        var story = new Option<string?>("--story") { Description = "Only claims given in this story (an id or unique prefix).", HelpName = "ID" };
        var outlet = new Option<string?>("--outlet") { Description = "Only claims an article of this outlet gives (any case; an agency by its initials too: MPA for Meridian Press Agency).", HelpName = "NAME" };
        var command = new Command("claims", "List numeric claims (\"at least 31,490 people killed\") with their qualifier, what they count, who says so and which articles carry them.");
        command.Options.Add(CommonOptions.Json);
        command.Options.Add(minimum);
        command.Options.Add(page);
        command.Options.Add(size);
        command.Options.Add(text);
        command.Options.Add(story);
        command.Options.Add(outlet);
        command.SetAction(async (parse, cancellation) =>
        {
            using var store = StoreAccess.OpenAnalysed(parse);
            var found = await store.ClaimFactsAsync(new ClaimQuery(parse.GetValue(minimum), parse.GetValue(text),
                parse.GetValue(story) is { } id ? (await store.StoryAsync(id, cancellation))?.Id ?? id : null, parse.GetValue(outlet), Page: parse.GetValue(page), Size: parse.GetValue(size)), cancellation);
            var claims = found.Items;
            if (parse.GetValue(CommonOptions.Json))
            {
                await Console.Out.WriteLineAsync(ReportJson.Serialize(claims.Select(ReportBuilder.ToReport)));
                return ExitCodes.Success;
            }
            Consoles.Out.Write(FactTables.Claims(claims).Caption($"{claims.Count:N0} of {found.Total:N0} claims, most independent origins first"));
            return ExitCodes.Success;
        });
        return command;
    }
}
