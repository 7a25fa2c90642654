using Triangulate.Storage;

namespace Triangulate.Cli.Terminal;

internal static class SnippetMarkup
{
    /// <summary>Escapes the snippet (article text is untrusted) and styles the words the search matched.</summary>
    public static string Highlight(string snippet) =>
        TerminalText.Escape(snippet)
            .Replace(SearchHit.MatchStart, "[bold yellow]", StringComparison.Ordinal)
            .Replace(SearchHit.MatchEnd, "[/]", StringComparison.Ordinal);
}
