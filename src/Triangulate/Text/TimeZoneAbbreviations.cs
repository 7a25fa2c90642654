namespace Triangulate.Text;

/// <summary>UTC offsets of the zone abbreviations news pages print after times ("10:54 AM IST", "1:05 p.m. EST").</summary>
public static class TimeZoneAbbreviations
{
    private static readonly Dictionary<string, TimeSpan> Offsets = new(StringComparer.Ordinal)
    {
        ["UTC"] = TimeSpan.Zero, ["GMT"] = TimeSpan.Zero, ["Z"] = TimeSpan.Zero, ["WET"] = TimeSpan.Zero,
        ["BST"] = TimeSpan.FromHours(1), ["CET"] = TimeSpan.FromHours(1), ["WAT"] = TimeSpan.FromHours(1), ["WEST"] = TimeSpan.FromHours(1),
        ["CEST"] = TimeSpan.FromHours(2), ["EET"] = TimeSpan.FromHours(2), ["SAST"] = TimeSpan.FromHours(2), ["CAT"] = TimeSpan.FromHours(2),
        ["EEST"] = TimeSpan.FromHours(3), ["MSK"] = TimeSpan.FromHours(3), ["AST"] = TimeSpan.FromHours(3), ["EAT"] = TimeSpan.FromHours(3),
        ["IDT"] = TimeSpan.FromHours(3), ["IST"] = new TimeSpan(5, 30, 0), ["PKT"] = TimeSpan.FromHours(5), ["GST"] = TimeSpan.FromHours(4),
        ["IRST"] = new TimeSpan(3, 30, 0), ["ICT"] = TimeSpan.FromHours(7), ["WIB"] = TimeSpan.FromHours(7), ["CST"] = TimeSpan.FromHours(-6),
        ["HKT"] = TimeSpan.FromHours(8), ["SGT"] = TimeSpan.FromHours(8), ["PHT"] = TimeSpan.FromHours(8), ["AWST"] = TimeSpan.FromHours(8),
        ["JST"] = TimeSpan.FromHours(9), ["KST"] = TimeSpan.FromHours(9), ["AEST"] = TimeSpan.FromHours(10), ["AEDT"] = TimeSpan.FromHours(11),
        ["NZST"] = TimeSpan.FromHours(12), ["NZDT"] = TimeSpan.FromHours(13), ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4),
        ["CDT"] = TimeSpan.FromHours(-5), ["MST"] = TimeSpan.FromHours(-7), ["MDT"] = TimeSpan.FromHours(-6), ["PST"] = TimeSpan.FromHours(-8),
        ["PDT"] = TimeSpan.FromHours(-7), ["ET"] = TimeSpan.FromHours(-5), ["PT"] = TimeSpan.FromHours(-8), ["CT"] = TimeSpan.FromHours(-6),
        ["HST"] = TimeSpan.FromHours(-10), ["AKST"] = TimeSpan.FromHours(-9), ["AKDT"] = TimeSpan.FromHours(-8),
    };

    /// <summary>Every abbreviation known here, longest first (for building patterns that try the longest name first).</summary>
    public static IEnumerable<string> Names => Offsets.Keys.OrderByDescending(name => name.Length).ThenBy(name => name, StringComparer.Ordinal);

    /// <summary>
    /// The offset of an upper-case abbreviation. "IST" is read as India's (+05:30), the commonest in English news; "CST"
    /// as US Central; "ET" and "PT" as the standard-time offsets.
    /// </summary>
    public static TimeSpan? Offset(string abbreviation) => Offsets.TryGetValue(abbreviation, out var offset) ? offset : null;
}
