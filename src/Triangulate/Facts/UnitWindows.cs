using System.Buffers;
using System.Text.RegularExpressions;

namespace Triangulate.Facts;

/// <summary>
/// The matches of a time pattern that cannot match without a time unit ("three days", "a year ago"), found by searching
/// only a window around each unit word instead of trying the pattern at every word of the text. Such a pattern opens
/// with optional words and a count ("about", "the past", "a", "several"), so a regex has no cheap first character to
/// look for; the units are few and found by a vectorised search. Same matches as <see cref="Regex.Matches(string)"/>
/// for every match shorter than <see cref="Reach"/> before its unit.
/// </summary>
internal static class UnitWindows
{
    /// <summary>How far before its unit a match may start: "approximately the past twenty-seven" is 38 characters.</summary>
    private const int Reach = 100;

    private static readonly SearchValues<string> Units = SearchValues.Create(
        ["year", "month", "week", "day", "hour", "minute", "second", "decade", "centur", "quarter"], StringComparison.OrdinalIgnoreCase);

    /// <param name="after">How far past the end of its unit word a match (and its lookahead) may reach.</param>
    public static IEnumerable<Match> Matches(Regex pattern, string text, int after)
    {
        var searched = 0;
        var position = 0;
        while (position < text.Length)
        {
            var found = text.AsSpan(position).IndexOfAny(Units);
            if (found < 0)
                yield break;
            var unit = position + found;
            var unitEnd = unit;
            while (unitEnd < text.Length && IsWordCharacter(text[unitEnd]))
                unitEnd++;
            position = unitEnd;
            // Every pattern here writes its unit after a space or a hyphen, as a word of its own.
            if (unit == 0 || text[unit - 1] is not (' ' or '-') || unitEnd <= searched)
                continue;
            // A window that opens after a word character would see a word boundary the whole text has not.
            var start = Math.Max(searched, unit - Reach);
            while (start > searched && IsWordCharacter(text[start - 1]))
                start--;
            var end = Math.Min(text.Length, unitEnd + after);
            var match = pattern.Match(text, start, end - start);
            // Matches starting past this unit are left to the windows of the units they hold.
            while (match.Success && match.Index < unitEnd)
            {
                if (match.Index + match.Length == end && end < text.Length)
                {
                    // The window's end may have cut the match short ("before" of "beforehand"): read it in the whole text.
                    match = pattern.Match(text, match.Index);
                    if (!match.Success || match.Index >= unitEnd)
                        break;
                }
                yield return match;
                searched = match.Index + match.Length;
                match = searched < end ? pattern.Match(text, searched, end - searched) : Match.Empty;
            }
            searched = Math.Max(searched, unitEnd);
        }
    }

    /// <summary>A character of a regex word (\w): a letter, a decimal digit, a non-spacing mark or a connector such as "_".</summary>
    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.ConnectorPunctuation;
}
