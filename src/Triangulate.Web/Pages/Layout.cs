namespace Triangulate.Web.Pages;

/// <summary>The frame of every page: header with navigation and the story search, the main region, the one stylesheet and script.</summary>
internal static class Layout
{
    public static IResult Page(string title, Action<Html> main, string? query = null, int status = StatusCodes.Status200OK)
    {
        var html = new Html();
        html.Raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<meta name=\"color-scheme\" content=\"light dark\">")
            .Tag("title", title + " · Triangulate")
            .Raw($"<link rel=\"icon\" href=\"{Assets.IconPath}\" type=\"image/svg+xml\"><link rel=\"stylesheet\" href=\"{Assets.StylePath}\"><script src=\"{Assets.ScriptPath}\" defer></script></head>\n<body>")
            .Raw("<a class=\"skip\" href=\"#main\">Skip to content</a><header class=\"top\"><nav aria-label=\"Main\">")
            .Raw("<a class=\"brand\" href=\"/\">Triangulate</a><a href=\"/\">Stories</a><a href=\"/timeline\">Timeline</a>")
            .Raw("</nav><form class=\"search\" action=\"/\" method=\"get\" role=\"search\"><label for=\"q\" class=\"visually-hidden\">Search stories</label>")
            .Open("input", "id", "q", "name", "q", "type", "search", "placeholder", "Search stories (press /)", "value", query)
            .Raw("</form></header>\n<main id=\"main\" tabindex=\"-1\">");
        main(html);
        html.Raw("</main></body></html>\n");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", statusCode: status);
    }

    public static IResult NotFound(string what) => Page("Not found", html => html.Tag("h1", "Not found").Tag("p", what), status: StatusCodes.Status404NotFound);

    public static IResult BadRequest(string problem) => Page("Bad request", html => html.Tag("h1", "Bad request").Tag("p", problem), status: StatusCodes.Status400BadRequest);
}
