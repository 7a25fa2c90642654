using System.Text.RegularExpressions;
using Triangulate.Text;

namespace Triangulate.Ingest;

/// <summary>
/// Finds the outlet as the text names itself (self-references such as "not been edited by NDTV staff", "Team Asianet
/// Newsable", a copyright line), a closing agency signature (kept apart: it names the outlet only when nothing else
/// does) and the agencies whose reporting the text carries ("told AFP", "an AFP tally", "(Name/AFP)"
/// captions, "By Pishtaz and AFP"). An agency named as the subject of the news ("Reuters journalist Issam
/// Abdallah" was killed) is no credit: only reporting contexts count.
/// </summary>
public static partial class CreditFinder
{
    public static Credits Find(ExtractedArticle article)
    {
        var lines = article.Removed.Select(line => line.Text).Concat(article.Body).ToList();
        Outlet? outlet = null;
        Outlet? signature = null;
        var agencies = new List<string>();
        string? byline = null;

        foreach (var removed in article.Removed)
        {
            if (outlet is null && OutletFromLine(removed.Text) is { } found)
                outlet = found;
            if (signature is null && Signature().Match(removed.Text.Trim()) is { Success: true } signed)
                signature = new Outlet(NewsAgencies.Normalise(signed.Groups["agency"].Value), $"closing signature \"{removed.Text.Trim()}\"");
            if (removed.Reason == FurnitureRules.Byline && BylineWithAgency().Match(removed.Text) is { Success: true } credit)
                byline ??= credit.Groups["author"].Value.Trim();
        }
        if (article.Byline is { } bylineText && BylineWithAgency().Match(bylineText) is { Success: true } bylineCredit)
            byline ??= bylineCredit.Groups["author"].Value.Trim();

        foreach (var line in lines)
        {
            foreach (Match match in CreditContext().Matches(line))
            {
                var agency = NewsAgencies.Normalise(match.Groups["agency"].Value);
                if (!agencies.Contains(agency))
                    agencies.Add(agency);
            }
        }
        // "Meridian Press Agency" and "MPA" in one text are one agency: keep the short name.
        agencies.RemoveAll(name => name.Contains(' ') && agencies.Contains(Initials(name)));
        return new Credits(outlet, agencies, byline, signature);
    }

    private static string Initials(string name) => string.Concat(name.Split([' ', '-']).Where(word => word.Length > 0 && char.IsUpper(word[0])).Select(word => word[0]));

    private static Outlet? OutletFromLine(string line)
    {
        if (EditedByStaff().Match(line) is { Success: true } edited)
            return new Outlet(edited.Groups["outlet"].Value.Trim(), line.Trim());
        if (TeamLine().Match(line) is { Success: true } team)
            return new Outlet(team.Groups["outlet"].Value.Trim(), line.Trim());
        return Copyright().Match(line) is { Success: true } copyright
            ? new Outlet(NewsAgencies.Normalise(copyright.Groups["outlet"].Value), line.Trim())
            : null;
    }

    [GeneratedRegex(@"edited by (?<outlet>[\p{Lu}][\w&.'’ \-]{1,40}?) staff", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex EditedByStaff();

    [GeneratedRegex(@"^\s*Team (?<outlet>[\p{Lu}][\w ]{2,40}?)\s*$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex TeamLine();

    [GeneratedRegex(@"^\s*(?:©|\(c\)|Copyright)\s*(?:\d{4}\s*)?(?<outlet>[\p{Lu}][\w&.' \-]{1,40}?)(?:\.|,|\s+All rights reserved|$)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^(?<agency>Agence France-Presse|AFP|Reuters|Associated Press|dpa|Xinhua|UPI|Anadolu Agency|EFE|Kyodo|ANSA|TASS|PTI|ANI|IANS|[\p{Lu}][\w]+(?: [\p{Lu}][\w]+)* (?:Press Agency|News Agency))\.?$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex Signature();

    [GeneratedRegex(@"^By\s+(?<author>.+?)\s+(?:and|&|with)\s+(?<agency>Reuters|Agence France-Presse|Associated Press|dpa|Xinhua|\p{Lu}{2,6})\s*\|?\s*$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex BylineWithAgency();

    /// <summary>An agency in a reporting context: told X, X tally, according to X, X reported, (Name/X), By ... and X, the signature line, a dateline "KELL (MPA) -".</summary>
    [GeneratedRegex(
        @"\b(?:told|tells|telling|according to|cited by|quoted by|speaking to|spoke to|said to|interview with|reported by)\s+(?:the\s+)?(?<agency>Agence France-Presse|Associated Press|Reuters|dpa|Xinhua|Anadolu|Kyodo|\p{Lu}[\p{Lu}&]{1,5}(?![\w-])|[\p{Lu}][\w]+(?: [\p{Lu}][\w]+)* (?:Press Agency|News Agency))"
        + @"|\b(?<agency>Agence France-Presse|Associated Press|AFP|Reuters|dpa|Xinhua|UPI|Anadolu|EFE|Kyodo|ANSA|TASS|PTI|ANI|IANS)(?:'s|’s)?\s+(?:tally|count|correspondents?|reported|reports|learned|has learned|reporters? (?:saw|said|found))\b"
        + @"|[\(\[](?:[^\(\)\[\]/]{1,60}/)?\s*(?<agency>AFP|AP|Reuters|Getty Images|EPA|AP Photo)\s*[\)\]]"
        + @"|^By\s+.+?\s+(?:and|&)\s+(?<agency>Reuters|Agence France-Presse|Associated Press|\p{Lu}{2,6})\b"
        + @"|^(?<agency>Agence France-Presse|AFP|Reuters|Associated Press|dpa|Xinhua|[\p{Lu}][\w]+(?: [\p{Lu}][\w]+)* (?:Press Agency|News Agency))\.?$"
        + @"|\((?<agency>AFP|Reuters|AP)\)\s*[-–—]"
        + @"|^[\p{Lu}][\p{Lu} .'’\-]{1,30}(?:,\s*[\p{L} ]{2,30})?\s*\((?<agency>\p{Lu}{2,6})\)\s*[-–—]",
        RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex CreditContext();
}
