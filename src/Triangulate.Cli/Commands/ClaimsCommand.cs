using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Facts;
using Triangulate.Reports;

namespace Triangulate.Cli.Commands;

/// <summary><c>claims</c>: the numeric claims of the stored articles, with what they count and who says so.</summary>
internal static class ClaimsCommand
{
    public static Command Create()
    {
        var minimum = new Option<double>("--min") { Description = "Leave out claims below this value (small counts are often just \"two groups\").", DefaultValueFactory = _ => 10 };
        var command = new Command("claims", "List numeric claims (\"at least 31,490 people killed\") with their qualifier, what they count, who says so and which articles carry them.");
        command.Options.Add(CommonOptions.Json);
        command.Options.Add(minimum);
        command.SetAction(parse =>
        {
            using var store = StoreAccess.Open(parse);
            var claims = ArticleClaims.Collect(store.Articles()).Where(claim => claim.Quantity.Value >= parse.GetValue(minimum)).ToList();
            if (parse.GetValue(CommonOptions.Json))
            {
                Console.Out.WriteLine(ReportJson.Serialize(ReportBuilder.Build([], claims: claims).Claims));
                return ExitCodes.Success;
            }
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("claim").AddColumn(new TableColumn("value").RightAligned()).AddColumn("counts").AddColumn("according to").AddColumn(new TableColumn("articles").RightAligned());
            foreach (var claim in claims.OrderByDescending(c => c.ArticleIds.Count).ThenByDescending(c => c.Quantity.Value))
            {
                table.AddRow(
                    Markup.Escape(claim.Quantity.Text),
                    claim.Quantity.Value.ToString("#,0.##", CultureInfo.InvariantCulture),
                    Markup.Escape(claim.Quantity.What ?? "—"),
                    Markup.Escape(claim.Quantity.AccordingTo ?? "—"),
                    claim.ArticleIds.Count.ToString(CultureInfo.InvariantCulture));
            }
            table.Caption($"{claims.Count:N0} claims");
            Consoles.Out.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
