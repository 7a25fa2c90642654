using System.Text.RegularExpressions;
using Triangulate.Text;

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
    public const string ShareBar = "share bar";
    public const string Promotion = "promotion";
    public const string RelatedLinks = "related links";

    /// <summary>The reason to set the line aside, or null when it is article text.</summary>
    public static string? Classify(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length > 0 && trimmed[^1] is ')' or ']' && CaptionCredit().IsMatch(trimmed))
            return Caption;
        if (SyndicationDisclaimer().IsMatch(trimmed))
            return Disclaimer;
        if (BylineLine().IsMatch(trimmed))
            return Byline;
        if (WidgetLine().IsMatch(trimmed))
            return Widget;
        if (PageLine(trimmed) is { } pageLine)
            return pageLine;
        if (AgencySignature().IsMatch(trimmed))
            return Signature;
        if (DatelineLabel().IsMatch(trimmed))
            return Dateline;
        return null;
    }

    /// <summary>
    /// The furniture lines every page template prints around an article, in saved text as in HTML: date lines ("February
    /// 26, 1987 4:20 PM UTC Updated 45 min ago"), share bars ("Share on Facebook Tweet Email"), newsletter boxes, the
    /// headings of related-links lists and an agency's closing signature ("Reuters"). Null for any other line.
    /// </summary>
    /// <param name="inTable">True for a table cell's text, where a bare date is data ("7 May 1856" in an infobox).</param>
    public static string? PageLine(string line, bool inTable = false)
    {
        var trimmed = line.Trim();
        if (trimmed.Length > 250)
            return null;
        if (!inTable && (DateClueFinder.IsDateLine(trimmed) || IsBylineWithStamp(trimmed)))
            return DateStamp;
        if (ShareBarLine().IsMatch(trimmed))
            return ShareBar;
        if (NewsletterLine().IsMatch(trimmed))
            return Promotion;
        if (RelatedHeading().IsMatch(trimmed))
            return RelatedLinks;
        if (SyndicationDisclaimer().IsMatch(trimmed))
            return Disclaimer;
        return AgencySignature().IsMatch(trimmed) || AgencySignOff().IsMatch(trimmed) ? Signature : null;
    }

    /// <summary>A byline and a date stamp on one line, set apart by a dot or a bar: "By Sentinel Staff · Updated 4 hours ago", "By Ann Lee | March 3, 2021".</summary>
    private static bool IsBylineWithStamp(string line)
    {
        var parts = line.Split(['·', '|', '•'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && parts.Any(DateClueFinder.IsDateLine) && parts.All(part => DateClueFinder.IsDateLine(part) || BylineLine().IsMatch(part));
    }

    /// <summary>A short line with no sentence in it: a section label when it stands before the headline.</summary>
    public static bool IsShortLabel(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 3 && !line.TrimEnd().EndsWith('.');
    }

    /// <summary>Captions end with a credit: "(Mohammed Ali/AFP)", "[Name/Reuters]", "(AP Photo/Name)", "(AFP)", "(File)".</summary>
    [GeneratedRegex(@"[\(\[]\s*(?:(?:[\p{Lu}][\w.'’\-]*\s?){1,5}/\s?(?:[\p{Lu}][\w.'’\-]*\s?){1,5}|AFP|AP|Reuters|Getty\s+Images|EPA|File|File\s+photo|AP\s+Photo|Representational\s+image)\s*[\)\]]\s*$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex CaptionCredit();

    [GeneratedRegex(@"^\(?\s*(?:Except for the headline,\s*)?this (?:story|article|report) has not been edited by .{1,60}? staff|published from a syndicated feed|^\(?\s*This (?:story|article) (?:was|is) (?:auto-)?generated from", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex SyndicationDisclaimer();

    [GeneratedRegex(@"^(?:By\s+[\p{Lu}][\w.'’\-]*(?:\s+(?:[\p{Lu}][\w.'’\-]*|and|&|,))*\s*\|?|Team\s+[\p{Lu}][\w ]{2,40}|Written by\s+.{2,60}|[\p{Lu}][\w ]{1,40}\s+(?:Staff|Desk|Bureau|Correspondent)|Edited by\s+.{2,60})$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex BylineLine();

    [GeneratedRegex(@"^(?:Most Popular|Most Read|Read more:?|Read More|Also read:?.*|READ MORE:?.*|Related(?: Articles| Stories| News)?:?|Do you like this article\??|Captcha\s*\*?|Share(?: this)?(?: article| story)?:?|Advertisement|Subscribe.*newsletter.*|Sign up.*|Click here.*|Follow us on.*|Comments?(?:\s*\(\d+\))?|Recommended|Trending|Top Stories|You may also like|Continue reading|Listen to this article|Watch:?.*)$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex WidgetLine();

    [GeneratedRegex(@"^(?:(?:share|share\s+(?:on|via|to|this(?:\s+(?:article|story|page))?)|tweet|tweet\s+this|e-?mail|email\s+this|print|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|flipboard|messenger|copy\s+link|copy\s+url|link\s+copied|save|bookmark|comments?)\s*[:|·•/,]?\s*)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex ShareBarLine();

    [GeneratedRegex(@"^(?:(?:sign\s+up|subscribe|register|get|join)\b.{0,80}\bnewsletters?\b.{0,120}|enter\s+your\s+e-?mail(?:\s+address)?\b.{0,80}|(?:sign\s+up|subscribe)(?:\s+(?:now|today|here|for\s+free))?[.!]?|by\s+signing\s+up,?\s+you\s+agree\b.{0,160}|thanks?\s+(?:you\s+)?for\s+(?:signing\s+up|subscribing)\b.{0,80})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex NewsletterLine();

    [GeneratedRegex(@"^(?:related(?:\s+(?:stories|articles|news|coverage|content|links|reading|topics))?|more\s+(?:from|on|about)\s+.{1,40}|(?:more|other)\s+(?:stories|news|headlines)|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|recommended(?:\s+(?:for\s+you|stories|reading))?|most\s+(?:read|popular|viewed|shared)|top\s+stories|trending(?:\s+now)?|latest\s+(?:news|stories|headlines)|editor'?s\s+picks?|what\s+to\s+read\s+next|read\s+next)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex RelatedHeading();

    [GeneratedRegex(@"^(?:Agence France-Presse|AFP|Reuters|Associated Press|AP|dpa|Xinhua|UPI|Anadolu(?: Agency)?|EFE|Kyodo|ANSA|TASS|PTI|ANI|IANS|[\p{Lu}][\w]+(?: [\p{Lu}][\w]+)* (?:Press Agency|News Agency))\.?$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex AgencySignature();

    /// <summary>
    /// The closing lines that credit the wire a text came from, on their own: "- Reuters", "(Reporting by AP)",
    /// "Reuters contributed to this report.", "With files from AFP", "Copyright 1987 Reuters. All rights reserved. ...",
    /// and an agency's standards footer ("Our Standards: The Thomson Reuters Trust Principles.").
    /// </summary>
    [GeneratedRegex(@"^(?:[-–—]\s*(?:" + AgencyNames + @")\.?|\(?(?:Reporting|Writing|Editing|Compiled)(?: and (?:writing|editing))? by (?:" + AgencyNames + @")(?: staff)?\)?\.?|(?:The )?(?:" + AgencyNames + @") contributed to this (?:report|story|article)\.?|(?:With )?(?:files|reporting|information) from (?:" + AgencyNames + @")\.?|(?:Copyright|©|\(c\))\s*(?:(?:18|19|20)\d\d\s+)?(?:" + AgencyNames + @")\.?(?:\s+All rights reserved\..{0,160})?|Our Standards: .{0,80}Trust Principles\.?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex AgencySignOff();

    private const string AgencyNames = @"Agence France-Presse|AFP|Reuters|Thomson Reuters|Associated Press|The Associated Press|AP|dpa|Xinhua|UPI|Anadolu(?: Agency)?|EFE|Kyodo|ANSA|TASS|PTI|ANI|IANS|Bloomberg|[\p{Lu}][\w]+(?: [\p{Lu}][\w]+)* (?:Press Agency|News Agency)";

    /// <summary>"Palestinian Territories:" — a place label printed on its own line before the text.</summary>
    [GeneratedRegex(@"^(?:[\p{Lu}][\w'’\-]*\s?){1,4}:$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex DatelineLabel();
}
