using System.Text.RegularExpressions;

namespace Triangulate.Ingest;

/// <summary>
/// Recognises page furniture among the lines of a saved article: photo captions with a credit, syndication
/// disclaimers, bylines, "read more" and other widgets, date stamps, section labels and agency signatures.
/// Each rule names the reason the line is set aside.
/// </summary>
public static partial class FurnitureRules
{
    public const string Caption = "caption";
    public const string Duplicate = "duplicate";
    public const string Disclaimer = "disclaimer";
    public const string Byline = "byline";
    public const string Widget = "widget";
    public const string DateStamp = "date line";
    public const string Label = "section label";
    public const string Dateline = "dateline";
    public const string Signature = "agency signature";

    /// <summary>The reason to set the line aside, or null when it is article text.</summary>
    public static string? Classify(string line)
    {
        var trimmed = line.Trim();
        if (CaptionCredit().IsMatch(trimmed))
            return Caption;
        if (SyndicationDisclaimer().IsMatch(trimmed))
            return Disclaimer;
        if (DateClueFinder.IsDateLine(trimmed))
            return DateStamp;
        if (BylineLine().IsMatch(trimmed))
            return Byline;
        if (WidgetLine().IsMatch(trimmed))
            return Widget;
        if (AgencySignature().IsMatch(trimmed))
            return Signature;
        if (DatelineLabel().IsMatch(trimmed))
            return Dateline;
        return null;
    }

    /// <summary>A short line with no sentence in it: a section label when it stands before the headline.</summary>
    public static bool IsShortLabel(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 3 && !line.TrimEnd().EndsWith('.');
    }

    /// <summary>Captions end with a credit: "(Mohammed Ali/AFP)", "[Name/Reuters]", "(AP Photo/Name)", "(AFP)", "(File)".</summary>
    [GeneratedRegex(@"[\(\[]\s*(?:(?:[\p{Lu}][\w.'’\-]*\s?){1,5}/\s?(?:[\p{Lu}][\w.'’\-]*\s?){1,5}|AFP|AP|Reuters|Getty\s+Images|EPA|File|File\s+photo|AP\s+Photo|Representational\s+image)\s*[\)\]]\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CaptionCredit();

    [GeneratedRegex(@"^\(?\s*(?:Except for the headline,\s*)?this (?:story|article|report) has not been edited by .{1,60}? staff|published from a syndicated feed|^\(?\s*This (?:story|article) (?:was|is) (?:auto-)?generated from", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SyndicationDisclaimer();

    [GeneratedRegex(@"^(?:By\s+[\p{Lu}][\w.'’\-]*(?:\s+(?:[\p{Lu}][\w.'’\-]*|and|&|,))*\s*\|?|Team\s+[\p{Lu}][\w ]{2,40}|Written by\s+.{2,60}|[\p{Lu}][\w ]{1,40}\s+(?:Staff|Desk|Bureau|Correspondent)|Edited by\s+.{2,60})$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BylineLine();

    [GeneratedRegex(@"^(?:Most Popular|Most Read|Read more:?|Read More|Also read:?.*|READ MORE:?.*|Related(?: Articles| Stories| News)?:?|Do you like this article\??|Captcha\s*\*?|Share(?: this)?(?: article| story)?:?|Advertisement|Subscribe.*newsletter.*|Sign up.*|Click here.*|Follow us on.*|Comments?(?:\s*\(\d+\))?|Recommended|Trending|Top Stories|You may also like|Continue reading|Listen to this article|Watch:?.*)$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WidgetLine();

    [GeneratedRegex(@"^(?:Agence France-Presse|AFP|Reuters|Associated Press|AP|dpa|Xinhua|UPI|Anadolu(?: Agency)?|EFE|Kyodo|ANSA|TASS|PTI|ANI|IANS|[\p{Lu}][\w]+(?: [\p{Lu}][\w]+)* (?:Press Agency|News Agency))\.?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AgencySignature();

    /// <summary>"Palestinian Territories:" — a place label printed on its own line before the text.</summary>
    [GeneratedRegex(@"^(?:[\p{Lu}][\w'’\-]*\s?){1,4}:$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DatelineLabel();
}
