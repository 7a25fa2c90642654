using System.Globalization;
using Spectre.Console;
using Triangulate.Analysis;
using Triangulate.Text;

namespace Triangulate.Cli.Terminal;

/// <summary>Story-level facts as tables: events, attributions and claims, each with the sentence behind it (untrusted text, made safe).</summary>
internal static class FactTables
{
    private const int EvidenceLength = 110;

    public static Table Events(IReadOnlyList<EventView> events, string caption)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("event").AddColumn("type").AddColumn("who").AddColumn("where").AddColumn(new TableColumn("when").NoWrap())
            .AddColumn("according to").AddColumn(new TableColumn("origins").RightAligned()).AddColumn("status").AddColumn("evidence");
        foreach (var fact in events)
        {
            table.AddRow(
                TerminalText.Escape(fact.Id.Replace("event-", "", StringComparison.Ordinal)),
                TerminalText.Escape(fact.Type + (fact.Modality == "happened" ? "" : $" ({fact.Modality})")),
                TerminalText.Escape(string.Join(", ", fact.Participants.Select(p => $"{p.Name} ({p.Role})"))),
                TerminalText.Escape(fact.Place is { } place ? place.Name + (place.Country.Length > 0 && place.Country != place.Name ? ", " + place.Country : "") : "—"),
                TerminalText.Escape(fact.Time is { } time ? time.Value + (time.Reported ? " (reported)" : "") : "—"),
                TerminalText.Escape(fact.Sources.Count > 0 ? string.Join("; ", fact.Sources) : "—"),
                fact.IndependentOrigins.ToString(CultureInfo.InvariantCulture) + $" [grey]({fact.Articles.Count} art.)[/]",
                TerminalText.Escape(fact.Status),
                EvidenceOf(fact.Evidence));
        }
        return table.Caption(caption);
    }

    public static Table Attributions(IReadOnlyList<AttributionView> attributions)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("source").AddColumn("cue").AddColumn("via").AddColumn("says").AddColumn("evidence");
        foreach (var attribution in attributions)
        {
            table.AddRow(
                TerminalText.Escape((attribution.Source ?? "—") + (attribution.Anonymous ? " (anonymous)" : "")),
                TerminalText.Escape(attribution.Cue),
                TerminalText.Escape(attribution.Via ?? "—"),
                TerminalText.Escape(Ellipsis.Shorten(attribution.Content ?? "—", 70)),
                EvidenceOf([attribution.Evidence]));
        }
        return table.Caption($"{attributions.Count:N0} attributions");
    }

    public static Table Claims(IReadOnlyList<ClaimView> claims)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("claim").AddColumn(new TableColumn("value").RightAligned()).AddColumn("what").AddColumn("according to")
            .AddColumn(new TableColumn("origins").RightAligned()).AddColumn("status").AddColumn("evidence");
        foreach (var claim in claims)
        {
            table.AddRow(
                TerminalText.Escape(string.Join(" | ", claim.Wordings)),
                claim.Value?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? "vague",
                TerminalText.Escape(claim.What ?? "—"),
                TerminalText.Escape(claim.Sources.Count > 0 ? string.Join("; ", claim.Sources) : "—"),
                claim.IndependentOrigins.ToString(CultureInfo.InvariantCulture),
                TerminalText.Escape(claim.Status + (claim.Links.Count > 0 ? " (" + string.Join(", ", claim.Links.Select(l => l.Kind.ToString().ToLowerInvariant())) + ")" : "")),
                EvidenceOf(claim.Evidence));
        }
        return table.Caption($"{claims.Count:N0} claims");
    }

    /// <summary>The first sentence behind a fact, and how many more there are.</summary>
    private static string EvidenceOf(IReadOnlyList<Evidence> evidence) =>
        evidence.Count == 0 ? "—"
            : $"[grey]{TerminalText.Escape(evidence[0].Article[..Math.Min(8, evidence[0].Article.Length)])}#{evidence[0].Sentence}[/] "
              + TerminalText.Escape(Ellipsis.Shorten(evidence[0].Text, EvidenceLength))
              + (evidence.Count > 1 ? $" [grey](+{evidence.Count - 1} more)[/]" : "");
}
