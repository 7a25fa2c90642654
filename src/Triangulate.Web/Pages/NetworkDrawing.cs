using System.Globalization;
using Triangulate.Web.Views;

namespace Triangulate.Web.Pages;

/// <summary>An actor's network as SVG: the actor in the middle, the actors it shares events with around it, each line labelled with the event type and count.</summary>
internal static class NetworkDrawing
{
    public const int MaxNeighbours = 16;
    private const double Size = 560, Centre = Size / 2, Radius = 200;

    public static void Draw(Html html, string name, IReadOnlyList<ActorLink> links)
    {
        var shown = links.Take(MaxNeighbours).ToList();
        html.Raw($"<svg class=\"network\" viewBox=\"0 0 {Size} {Size}\" role=\"img\" aria-labelledby=\"network-title\">")
            .Tag("title", $"{name} and the actors it shares events with", "id", "network-title");
        var points = shown.Select((_, i) => Point(i, shown.Count)).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            var (x, y) = points[i];
            html.Raw($"<line x1=\"{N(Centre)}\" y1=\"{N(Centre)}\" x2=\"{N(x)}\" y2=\"{N(y)}\" class=\"edge edge-{Css(shown[i].Type)}\" stroke-width=\"{N(1 + Math.Min(5, shown[i].Events))}\"/>");
            html.Raw($"<text x=\"{N((Centre + x) / 2)}\" y=\"{N((Centre + y) / 2)}\" class=\"edge-label\">").Text($"{shown[i].Type} ×{shown[i].Events}").Raw("</text>");
        }
        html.Raw($"<circle cx=\"{N(Centre)}\" cy=\"{N(Centre)}\" r=\"8\" class=\"node-self\"/><text x=\"{N(Centre)}\" y=\"{N(Centre - 14)}\" class=\"node-label self\">").Text(name).Raw("</text>");
        for (var i = 0; i < shown.Count; i++)
        {
            var (x, y) = points[i];
            var link = shown[i];
            if (link.Actor is not null)
                html.Open("a", "href", Html.PathOf("/actors", link.Actor));
            html.Raw($"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"6\" class=\"node\"/><text x=\"{N(x)}\" y=\"{N(y - 10)}\" class=\"node-label\">").Text(link.Name).Raw("</text>");
            if (link.Actor is not null)
                html.Close("a");
        }
        html.Raw("</svg>");
    }

    private static (double X, double Y) Point(int index, int count)
    {
        var angle = 2 * Math.PI * index / Math.Max(1, count) - Math.PI / 2;
        return (Centre + Radius * Math.Cos(angle), Centre + Radius * Math.Sin(angle));
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Css(string type) => new(type.Where(char.IsAsciiLetterOrDigit).ToArray());
}
