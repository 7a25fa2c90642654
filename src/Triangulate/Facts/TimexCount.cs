using System.Globalization;

namespace Triangulate.Facts;

/// <summary>Reads the count in "three years", "24 hours", "a week", "5 1/2 hours"; null for vague counts ("several").</summary>
internal static class TimexCount
{
    private static readonly Dictionary<string, double> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80,
        ["ninety"] = 90, ["a hundred"] = 100, ["a couple of"] = 2, ["couple of"] = 2, ["a half"] = 0.5, ["half a"] = 0.5, ["half an"] = 0.5,
    };

    public static double? Parse(string text)
    {
        var normal = string.Join(' ', text.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        if (Words.TryGetValue(normal, out var word))
            return word;
        var parts = normal.Split('-', ' ');
        if (parts.Length == 2 && Words.TryGetValue(parts[0], out var tens) && tens >= 20 && Words.TryGetValue(parts[1], out var units) && units < 10)
            return tens + units;
        if (normal.EndsWith(" 1/2", StringComparison.Ordinal))
            return Parse(normal[..^4]) + 0.5;
        return double.TryParse(normal.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
    }
}
