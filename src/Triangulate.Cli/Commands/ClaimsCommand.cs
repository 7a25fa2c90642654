using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Reports;

namespace Triangulate.Cli.Commands;

/// <summary><c>claims</c>: the numeric claims of the stored articles, with what they count and who says so.</summary>
internal static class ClaimsCommand
{
    public static Command Create()
    {
        var minimum = new Option<double>("--min") { Description = "Leave out claims below this value (small counts are often just \"two groups\").", DefaultValueFactory = _ => 10 };
        var page = new Option<int>("--page") { Description = "Which page of the list, from 1.", DefaultValueFactory = _ => 1 };
        var size = new Option<int>("--size") { Description = "How many claims a page shows.", DefaultValueFactory = _ => 50 };
        var command = new Command("claims", "List numeric claims (\"at least 31,490 people killed\") with their qualifier, what they count, who says so and which articles carry them.");
        command.Options.Add(CommonOptions.Json);
        command.Options.Add(minimum);
        command.Options.Add(page);
        command.Options.Add(size);
        command.SetAction(async (parse, cancellation) =>
        {
            using var store = StoreAccess.OpenAnalysed(parse);
            var found = await store.ClaimFactsAsync(parse.GetValue(minimum), parse.GetValue(page), parse.GetValue(size), cancellation);
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
