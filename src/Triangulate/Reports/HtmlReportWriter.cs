using System.Globalization;
using System.Net;
using System.Text;

namespace Triangulate.Reports;

/// <summary>
/// The report as one self-contained HTML page: inline styles, no scripts, no network. Every piece of article text is
/// HTML-encoded, so a hostile article cannot inject markup.
/// </summary>
public static class HtmlReportWriter
{
    private const string Style = """
        body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
        h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:1px solid #ddd}
        table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
        .meta{color:#666;font-size:.9rem}ul.tree ul{border-left:1px solid #ccc;margin-left:.4rem;padding-left:1rem}details{margin:.3rem 0}summary{cursor:pointer}p.body{margin:.4rem 0 .4rem 1rem}
        """;

    public static string Write(Report report, string title = "Triangulate report")
    {
        var articles = report.Articles.ToDictionary(article => article.Id);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(Encode(title))
            .Append("</title><style>").Append(Style).Append("</style></head><body>\n");
        html.Append("<h1>").Append(Encode(title)).Append("</h1>\n<p class=\"meta\">")
            .Append(report.Stories.Count).Append(" stories, ").Append(report.Articles.Count).Append(" articles</p>\n");

        foreach (var story in report.Stories.OrderByDescending(s => s.Articles.Count))
        {
            html.Append("<h2>").Append(Encode(story.Title)).Append("</h2>\n<p class=\"meta\">").Append(Encode(story.Id));
            if (story.Origin is { } origin)
                html.Append(" · origin: ").Append(Encode(origin.Name));
            html.Append("</p>\n<table><tr><th>published</th><th>outlet</th><th>article</th></tr>\n");
            foreach (var id in story.Articles)
            {
                if (!articles.TryGetValue(id, out var article))
                    continue;
                html.Append("<tr><td>").Append(Encode(article.Published?.Value ?? "—")).Append("</td><td>")
                    .Append(Encode(article.Outlet ?? "—")).Append("</td><td><details><summary>").Append(Encode(article.Title))
                    .Append("</summary><p class=\"meta\">").Append(Encode(article.Source)).Append("</p>");
                foreach (var paragraph in article.Body)
                    html.Append("<p class=\"body\">").Append(Encode(paragraph)).Append("</p>");
                html.Append("</details></td></tr>\n");
            }
            html.Append("</table>\n");
            if (story.Derivations.Count > 0 && story.Origin is { } root)
            {
                html.Append("<h3>Who copied whom</h3>\n<ul class=\"tree\"><li><b>").Append(Encode(root.Name)).Append("</b> ")
                    .Append(Encode(root.Reconstructed ? "wire (reconstructed from the sentences its copies share)" : "origin")).Append(' ');
                var rootKey = root.Article is { } originArticle && story.Derivations.All(d => d.Article != originArticle) ? originArticle : root.Name;
                AppendDerivations(html, story, rootKey, articles, []);
                html.Append("</li></ul>\n");
            }
            AppendChanges(html, story, articles);
        }
        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static void AppendDerivations(StringBuilder html, ReportStory story, string parent, IReadOnlyDictionary<string, ReportArticle> articles, HashSet<string> drawn)
    {
        var children = story.Derivations.Where(d => d.From == parent && drawn.Add(d.Article)).ToList();
        if (children.Count == 0)
            return;
        html.Append("<ul>");
        foreach (var child in children)
        {
            html.Append("<li><b>").Append(Encode(child.Kind)).Append("</b> ").Append(Encode(Describe(child.Article, articles)))
                .Append(" <span class=\"meta\">carries ").Append(Encode(child.Shared.ToString("P0", CultureInfo.InvariantCulture))).Append(" of its parent</span>");
            AppendDerivations(html, story, child.Article, articles, drawn);
            html.Append("</li>");
        }
        html.Append("</ul>");
    }

    /// <summary>What each copy changed: quotations, figures, attributions, labels and headlines in a table; added and dropped sentences folded away.</summary>
    private static void AppendChanges(StringBuilder html, ReportStory story, IReadOnlyDictionary<string, ReportArticle> articles)
    {
        foreach (var article in story.Changes.GroupBy(c => c.Article))
        {
            html.Append("<details><summary>What ").Append(Encode(Describe(article.Key, articles))).Append(" changed (")
                .Append(article.Count()).Append(")</summary><table><tr><th>change</th><th>parent</th><th>this article</th></tr>");
            foreach (var change in article.OrderBy(c => c.Kind is "added" or "dropped"))
            {
                html.Append("<tr><td>").Append(Encode(change.Kind)).Append("</td><td>").Append(Encode(change.OriginText ?? ""))
                    .Append("</td><td>").Append(Encode(change.Text ?? "")).Append("</td></tr>");
            }
            html.Append("</table></details>\n");
        }
    }

    private static string Describe(string articleId, IReadOnlyDictionary<string, ReportArticle> articles) =>
        articles.TryGetValue(articleId, out var article) ? $"{article.Outlet ?? "(no outlet)"}: {article.Title}" : articleId;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
