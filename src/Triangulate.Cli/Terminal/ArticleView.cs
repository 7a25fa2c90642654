using Spectre.Console;
using Triangulate.Facts;

namespace Triangulate.Cli.Terminal;

/// <summary>One article for a person to read: metadata with its evidence, the body, and the furniture set aside.</summary>
internal static class ArticleView
{
    /// <param name="storyAnchor">The day relative times are read against (see <see cref="TimeAnchor"/>); today by <paramref name="clock"/> when null.</param>
    public static void Write(IAnsiConsole console, Article article, DateOnly? storyAnchor, TimeProvider clock)
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
        if (article.Removed.Count == 0)
            return;
        console.Write(new Rule("[grey]set aside[/]").LeftJustified());
        foreach (var line in article.Removed)
            console.MarkupLine($"[grey]{TerminalText.Escape(line.Reason),-10}[/] {TerminalText.Escape(line.Text)}");
    }

    /// <summary>What the fact extractors read in the article: actors, who says what, numeric claims and times.</summary>
    private static void WriteFacts(IAnsiConsole console, Article article, DateOnly anchor, bool anchoredOnStory)
    {
        var text = ArticleActors.TextOf(article);
        var body = string.Join("\n", article.Body);
        console.Write(new Rule("[grey]facts[/]").LeftJustified());
        var facts = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        var actors = ActorMentionFinder.Find(text).Mentions.GroupBy(m => m.Text).OrderByDescending(g => g.Count())
            .Select(g => $"{g.Key} ({g.First().Type.ToString().ToLowerInvariant()}, {g.Count()})");
        facts.AddRow("[grey]actors[/]", TerminalText.Escape(string.Join(", ", actors)));
        foreach (var attribution in AttributionFinder.Default.Find(body).Where(a => a.Source is not null && a.Score >= 0.6))
        {
            var who = attribution.Source!.Text + (attribution.Anonymous ? " (anonymous)" : "") + (attribution.Channel is { } channel ? $" via {channel.Text}" : "");
            facts.AddRow("[grey]says[/]", TerminalText.Escape($"{who} — {attribution.Cue.Text}: {Ellipsis.Shorten(attribution.Content?.Text ?? "", 90)}"));
        }
        foreach (var quantity in QuantityFinder.Find(body))
            facts.AddRow("[grey]claim[/]", TerminalText.Escape($"{quantity.Text} {quantity.What} {(quantity.AccordingTo is { } source ? "— " + source : "")}".TrimEnd()));
        var times = TimeExpressionFinder.Find(body, anchor).Select(t => $"{t.Text} = {t.Value}").Distinct();
        var note = article.Published is not null ? ""
            : anchoredOnStory ? $" [grey](no publication date: read against its story's first day, {anchor:yyyy-MM-dd})[/]"
            : " [grey](no publication date: read against today)[/]";
        facts.AddRow("[grey]times[/]", TerminalText.Escape(string.Join("; ", times)) + note);
        console.Write(facts);
    }
}
