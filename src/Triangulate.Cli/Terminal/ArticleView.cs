using Spectre.Console;
using Triangulate.Analysis;
using Triangulate.Facts;

namespace Triangulate.Cli.Terminal;

/// <summary>One article for a person to read: metadata with its evidence, the body, and the furniture set aside.</summary>
internal static class ArticleView
{
    /// <param name="storyAnchor">The day relative times are read against (see <see cref="TimeAnchor"/>); today by <paramref name="clock"/> when null.</param>
    /// <param name="stored">The article's events, attributions and claims from the stored analysis.</param>
    public static void Write(IAnsiConsole console, Article article, DateOnly? storyAnchor, StoredFacts stored, TimeProvider clock)
    {
        console.Write(new Rule($"[bold]{TerminalText.Escape(article.Title)}[/]").LeftJustified());
        var facts = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        facts.AddRow("[grey]id[/]", TerminalText.Escape(article.Id));
        facts.AddRow("[grey]source[/]", TerminalText.Escape(article.Source));
        if (article.Url is { } url)
            facts.AddRow("[grey]url[/]", TerminalText.Escape(url));
        facts.AddRow("[grey]outlet[/]", article.Outlet is { } outlet
            ? $"{TerminalText.Escape(outlet.Name)} [grey]({TerminalText.Escape(outlet.Evidence)})[/]"
            : "[grey]not revealed[/]");
        facts.AddRow("[grey]published[/]", article.Published is { } published
            ? $"{TerminalText.Escape(published.ToIso())} [grey]({published.Precision.ToString().ToLowerInvariant()}{(published.Inferred ? ", inferred" : "")}: {TerminalText.Escape(published.Evidence)})[/]"
            : "[grey]unknown[/]");
        if (article.Byline is { } byline)
            facts.AddRow("[grey]byline[/]", TerminalText.Escape(byline));
        facts.AddRow("[grey]credits[/]", article.Credits.Count == 0 ? "[grey]none[/]" : TerminalText.Escape(string.Join(", ", article.Credits)));
        console.Write(facts);
        console.WriteLine();
        foreach (var paragraph in article.Body)
        {
            console.WriteLine(TerminalText.Block(paragraph));
            console.WriteLine();
        }
        WriteFacts(console, article, storyAnchor ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), storyAnchor is not null);
        WriteStored(console, stored);
        if (article.Removed.Count == 0)
            return;
        console.Write(new Rule("[grey]set aside[/]").LeftJustified());
        foreach (var line in article.Removed)
            console.MarkupLine($"[grey]{TerminalText.Escape(line.Reason),-10}[/] {TerminalText.Escape(line.Text)}");
    }

    /// <summary>What the sentence-level finders read in the article: actors and times.</summary>
    private static void WriteFacts(IAnsiConsole console, Article article, DateOnly anchor, bool anchoredOnStory)
    {
        var text = ArticleActors.TextOf(article);
        var body = string.Join("\n", article.Body);
        console.Write(new Rule("[grey]facts[/]").LeftJustified());
        var facts = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        var actors = ActorMentionFinder.Find(text).Mentions.GroupBy(m => m.Text).OrderByDescending(g => g.Count())
            .Select(g => $"{g.Key} ({g.First().Type.ToString().ToLowerInvariant()}, {g.Count()})");
        facts.AddRow("[grey]actors[/]", TerminalText.Escape(string.Join(", ", actors)));
        var times = TimeExpressionFinder.Find(body, anchor).Select(t => $"{t.Text} = {t.Value}").Distinct();
        var note = article.Published is not null ? ""
            : anchoredOnStory ? $" [grey](no publication date: read against its story's first day, {anchor:yyyy-MM-dd})[/]"
            : " [grey](no publication date: read against today)[/]";
        facts.AddRow("[grey]times[/]", TerminalText.Escape(string.Join("; ", times)) + note);
        console.Write(facts);
    }

    private static void WriteStored(IAnsiConsole console, StoredFacts stored)
    {
        if (stored.Events.Count == 0 && stored.Attributions.Count == 0 && stored.Claims.Count == 0)
        {
            console.MarkupLine("[grey]No stored events, attributions or claims: `triangulate analyze` analyses the store.[/]");
            return;
        }
        console.Write(new Rule("[grey]events[/]").LeftJustified());
        console.Write(FactTables.Events(stored.Events, $"{stored.Events.Count:N0} events of its story told by this article"));
        console.Write(new Rule("[grey]who says what[/]").LeftJustified());
        console.Write(FactTables.Attributions(stored.Attributions));
        console.Write(new Rule("[grey]numeric claims[/]").LeftJustified());
        console.Write(FactTables.Claims(stored.Claims));
    }
}

/// <summary>An article's story-level facts as stored.</summary>
internal sealed record StoredFacts(IReadOnlyList<EventView> Events, IReadOnlyList<AttributionView> Attributions, IReadOnlyList<ClaimView> Claims);
