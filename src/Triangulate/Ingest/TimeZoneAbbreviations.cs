namespace Triangulate.Ingest;

/// <summary>UTC offsets of the zone abbreviations news pages print after times ("10:54 AM IST").</summary>
public static class TimeZoneAbbreviations
{
    private static readonly Dictionary<string, TimeSpan> Offsets = new(StringComparer.OrdinalIgnoreCase)
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
        ["PDT"] = TimeSpan.FromHours(-7), ["ET"] = TimeSpan.FromHours(-5), ["PT"] = TimeSpan.FromHours(-8),
    };

    /// <summary>The offset of an abbreviation. "IST" is read as India's (+05:30), the commonest in English news; "CST" as US Central.</summary>
    public static TimeSpan? Offset(string abbreviation) => Offsets.TryGetValue(abbreviation, out var offset) ? offset : null;
}
