using System.Globalization;
using System.Text.RegularExpressions;

namespace Triangulate.Ingest;

/// <summary>Reads the date formats pages use in metadata, URLs and "Published ..." lines, keeping their precision.</summary>
internal static partial class HtmlDateParser
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>An ISO 8601 date or date-time ("2024-03-15", "2024-03-15T10:00:00+01:00", "2024-03-15 10:00").</summary>
    public static PublicationTime? ParseIso(string value, string evidence)
    {
        var text = value.Trim();
        var match = IsoPattern().Match(text.Length > 64 ? text[..64] : text);
        if (!match.Success)
        {
            return null;
        }
        if (!TryDate(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, out var date))
        {
            return null;
        }
        if (!match.Groups["h"].Success)
        {
            return new PublicationTime(new DateTimeOffset(date, TimeSpan.Zero), TimePrecision.Day, false, evidence, false);
        }
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture);
        if (hour > 23 || minute > 59)
        {
            return null;
        }
        var zone = match.Groups["z"];
        var offset = TimeSpan.Zero;
        if (zone.Success && zone.Value is not ("Z" or "z"))
        {
            var sign = zone.Value[0] == '-' ? -1 : 1;
            var digits = zone.Value[1..].Replace(":", "", StringComparison.Ordinal);
            var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
            var minutes = digits.Length >= 4 ? int.Parse(digits[2..4], CultureInfo.InvariantCulture) : 0;
            if (hours > 14 || minutes > 59)
            {
                return null;
            }
            offset = sign * new TimeSpan(hours, minutes, 0);
        }
        var instant = new DateTimeOffset(date.AddHours(hour).AddMinutes(minute), offset);
        return new PublicationTime(instant, TimePrecision.Minute, false, evidence, zone.Success);
    }

    /// <summary>The /2024/03/15/ (day) or /2024/03/ (month) path of an article URL.</summary>
    public static PublicationTime? ParseUrl(string url)
    {
        var match = UrlDatePattern().Match(url.Length > 2048 ? url[..2048] : url);
        if (!match.Success)
        {
            return null;
        }
        var hasDay = match.Groups["d"].Success;
        if (!TryDate(match.Groups["y"].Value, match.Groups["m"].Value, hasDay ? match.Groups["d"].Value : "1", out var date))
        {
            return null;
        }
        return new PublicationTime(new DateTimeOffset(date, TimeSpan.Zero), hasDay ? TimePrecision.Day : TimePrecision.Month,
            false, "url " + match.Value.Trim('/', '-', '_'), false);
    }

    /// <summary>A visible line such as "Published March 15, 2024", "Veröffentlicht am 15.03.2024", "Updated 2024-03-15".</summary>
    public static PublicationTime? ParsePublishedLine(string line)
    {
        if (line.Length > 160 || !PublishedPrefix().IsMatch(line))
        {
            return null;
        }
        line = HtmlText.Collapse(line);
        var iso = ParseIso(IsoInText().Match(line).Value, "text " + line);
        if (iso is not null)
        {
            return iso;
        }
        var numeric = NumericDate().Match(line);
        if (numeric.Success && TryDate(numeric.Groups["y"].Value, numeric.Groups["m"].Value, numeric.Groups["d"].Value, out var date))
        {
            return new PublicationTime(new DateTimeOffset(date, TimeSpan.Zero), TimePrecision.Day, false, "text " + line, false);
        }
        var named = NamedMonthDate().Match(line);
        if (!named.Success)
        {
            return null;
        }
        var month = Array.IndexOf(MonthNames, named.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
        var day = named.Groups["d1"].Success ? named.Groups["d1"].Value : named.Groups["d2"].Value;
        return TryDate(named.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture), day, out var namedDate)
            ? new PublicationTime(new DateTimeOffset(namedDate, TimeSpan.Zero), TimePrecision.Day, false, "text " + line, false)
            : null;
    }

    private static bool TryDate(string year, string month, string day, out DateTime date)
    {
        date = default;
        if (!int.TryParse(year, CultureInfo.InvariantCulture, out var y) || !int.TryParse(month, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, CultureInfo.InvariantCulture, out var d))
        {
            return false;
        }
        if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }
        date = new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Unspecified);
        return true;
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[T ](?<h>\d{1,2}):(?<min>\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?<z>Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex IsoInText();

    [GeneratedRegex(@"[/_-](?<y>(?:19|20)\d{2})[/_-](?<m>[01]?\d)(?:[/_-](?<d>[0-3]?\d))?[/_-]", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDatePattern();

    [GeneratedRegex(@"^\s*(?:published|posted|updated|first published|veröffentlicht|aktualisiert|publié|mis à jour|publicado|pubblicato|opublikowano)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PublishedPrefix();

    [GeneratedRegex(@"\b(?<d>[0-3]?\d)[./](?<m>[01]?\d)[./](?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?:\b(?<d1>[0-3]?\d)\.?\s+)?\b(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:(?<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+)?(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NamedMonthDate();
}
