namespace Triangulate.Cli.Terminal;

internal static class Ellipsis
{
    /// <summary>The text cut to <paramref name="length"/> characters with an ellipsis, so table rows stay a line or two.</summary>
    public static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
