using System.Globalization;
using System.Text.RegularExpressions;

namespace Triangulate.Evaluation.Synthetic.Pages;

/// <summary>
/// Moves a story to another decade consistently: its date and the years its text names move by the same number of
/// years, a multiple of 28 so that every date keeps its weekday ("said on Wednesday" stays true).
/// </summary>
internal static partial class DecadeShift
{
    /// <summary>The text with each year from thirty before <paramref name="from"/> to five after it moved by <paramref name="years"/>; "1987/88" becomes "2015/16".</summary>
    public static string Apply(string text, int years, int from) => years == 0 ? text : Year().Replace(text, match =>
    {
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < from - 30 || year > from + 5)
            return match.Value;
        var moved = (year + years).ToString(CultureInfo.InvariantCulture);
        return match.Groups["next"].Success ? $"{moved}/{(year + years + 1) % 100:D2}" : moved;
    });

    [GeneratedRegex(@"\b(?<year>1[89]\d\d|20\d\d)(?<next>/\d\d)?\b")]
    private static partial Regex Year();
}
