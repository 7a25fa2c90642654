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
        .meta{color:#666;font-size:.9rem}details{margin:.3rem 0}summary{cursor:pointer}p.body{margin:.4rem 0 .4rem 1rem}
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
            if (story.Derivations.Count > 0)
            {
                html.Append("<p class=\"meta\">derivations:</p><ul>");
                foreach (var derivation in story.Derivations)
                    html.Append("<li>").Append(Encode($"{derivation.Article} ← {derivation.From} ({derivation.Kind}, {derivation.Shared:P0} shared)")).Append("</li>");
                html.Append("</ul>\n");
            }
        }
        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
