using System.Text.RegularExpressions;

namespace Triangulate.Evaluation.Synthetic.Pages;

/// <summary>A wire headline as an outlet prints it: tickers dropped ("&lt;SRD&gt;"), capitals turned into its own style.</summary>
internal static partial class Headlines
{
    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "EC", "OPEC", "IMF", "SEC", "GATT", "OECD", "USDA", "CBT", "FHLBB", "NYSE", "GNP", "GDP", "IBM", "AMEX", "LME", "ICO", "FED", "CSE", "ITC", "FTC", "FCC", "UN", "EU", "US", "UK", "BP", "AT&T", "GM", "GE",
    };

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal) { "a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "vs", "with" };

    public static string Styled(string title, HeadlineStyle style)
    {
        var plain = Whitespace().Replace(Ticker().Replace(title, " "), " ").Trim();
        if (plain.Any(char.IsLower))
            return plain;
        var words = plain.Split(' ').Select((word, i) => Recased(word, style, i == 0)).ToArray();
        return string.Join(' ', words);
    }

    private static string Recased(string word, HeadlineStyle style, bool first)
    {
        if (word.Contains('.') || word.Any(char.IsDigit) || Acronyms.Contains(word.TrimEnd(',', ':', '\'', 'S')) || !word.Any(char.IsLetter))
            return word;
        var lower = word.ToLowerInvariant();
        var capitalised = first || (style == HeadlineStyle.TitleCase && !SmallWords.Contains(lower));
        return capitalised ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower;
    }

    /// <summary>The words of a headline joined by hyphens, for an address.</summary>
    public static string Slug(string headline) =>
        string.Join('-', Word().Matches(headline.ToLowerInvariant()).Select(m => m.Value).Take(8));

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Ticker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Word();
}
