using System.Text;
using Spectre.Console;

namespace Triangulate.Cli.Terminal;

/// <summary>
/// The one place where untrusted text (article text, titles, file names, reasons) is made safe for a terminal:
/// every control character (C0 such as ESC and BEL, DEL, C1 such as the one-byte CSI \x9b) becomes its visible
/// Unicode control picture or U+FFFD, so no escape sequence, title change, link or bell can reach the terminal, and
/// bidirectional overrides and isolates, which can reorder what a reader sees, are shown as U+FFFD too.
/// JSON output never passes through here: it stays exact (its encoder escapes control characters itself).
/// </summary>
internal static class TerminalText
{
    private const char Replacement = '\uFFFD';

    /// <summary>Text for a single-line field (a file name, a title, a table cell): line breaks are shown, not obeyed.</summary>
    public static string Line(string text) => Clean(text, keepLineBreaks: false);

    /// <summary>Text of several lines (a body paragraph): line breaks stay, everything else as <see cref="Line"/>.</summary>
    public static string Block(string text) => Clean(text, keepLineBreaks: true);

    /// <summary>A single-line field made safe and escaped for Spectre markup.</summary>
    public static string Escape(string text) => Markup.Escape(Line(text));

    private static string Clean(string text, bool keepLineBreaks)
    {
        if (!NeedsCleaning(text))
            return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (keepLineBreaks && c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                continue;
            clean.Append(c switch
            {
                '\n' when keepLineBreaks => '\n',
                '\t' => ' ',
                < '\u0020' => (char)('\u2400' + c),
                '\u007F' => '\u2421',
                _ when IsUnsafe(c) => Replacement,
                _ => c,
            });
        }
        return clean.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if (c < '\u0020' || c == '\u007F' || IsUnsafe(c))
                return true;
        }
        return false;
    }

    /// <summary>C1 controls, bidirectional marks, embeddings, overrides and isolates, and the Unicode line and paragraph separators.</summary>
    private static bool IsUnsafe(char c) =>
        c is (>= '\u0080' and <= '\u009F') or '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
            or '\u2028' or '\u2029';
}
