using Spectre.Console;

namespace Triangulate.Cli.Terminal;

/// <summary>One article for a person to read: metadata with its evidence, the body, and the furniture set aside.</summary>
internal static class ArticleView
{
    public static void Write(IAnsiConsole console, Article article)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(article.Title)}[/]").LeftJustified());
        var facts = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        facts.AddRow("[grey]id[/]", Markup.Escape(article.Id));
        facts.AddRow("[grey]source[/]", Markup.Escape(article.Source));
        if (article.Url is { } url)
            facts.AddRow("[grey]url[/]", Markup.Escape(url));
        facts.AddRow("[grey]outlet[/]", article.Outlet is { } outlet
            ? $"{Markup.Escape(outlet.Name)} [grey]({Markup.Escape(outlet.Evidence)})[/]"
            : "[grey]not revealed[/]");
        facts.AddRow("[grey]published[/]", article.Published is { } published
            ? $"{Markup.Escape(published.ToIso())} [grey]({published.Precision.ToString().ToLowerInvariant()}{(published.Inferred ? ", inferred" : "")}: {Markup.Escape(published.Evidence)})[/]"
            : "[grey]unknown[/]");
        if (article.Byline is { } byline)
            facts.AddRow("[grey]byline[/]", Markup.Escape(byline));
        facts.AddRow("[grey]credits[/]", article.Credits.Count == 0 ? "[grey]none[/]" : Markup.Escape(string.Join(", ", article.Credits)));
        console.Write(facts);
        console.WriteLine();
        foreach (var paragraph in article.Body)
        {
            console.WriteLine(paragraph);
            console.WriteLine();
        }
        if (article.Removed.Count == 0)
            return;
        console.Write(new Rule("[grey]set aside[/]").LeftJustified());
        foreach (var line in article.Removed)
            console.MarkupLine($"[grey]{Markup.Escape(line.Reason),-10}[/] {Markup.Escape(line.Text)}");
    }
}
