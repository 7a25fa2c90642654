using System.Globalization;

namespace Triangulate.Evaluation.Synthetic.Pages;

/// <summary>Dates as news pages print them, in the outlet's own zone.</summary>
internal static class PageDates
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // Associated Press style: months of five letters or fewer in full, the rest abbreviated with a point.
    private static readonly string[] ApMonths = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    /// <summary>"1987-02-26T13:05:00-05:00".</summary>
    public static string Iso(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", Invariant);

    /// <summary>"1987-02-26T13:05:00": a local time with no zone, as some JSON-LD gives it.</summary>
    public static string IsoLocal(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss", Invariant);

    /// <summary>"Feb. 26, 1987 1:05 p.m. EST".</summary>
    public static string Ap(DateTimeOffset time, string zone) =>
        $"{ApMonths[time.Month - 1]} {time.Day}, {time.Year} {Clock12(time)} {(time.Hour < 12 ? "a.m." : "p.m.")} {zone}";

    /// <summary>"26 February 1987, 14:20 GMT".</summary>
    public static string British(DateTimeOffset time, string zone) => time.ToString("d MMMM yyyy, HH:mm", Invariant) + " " + zone;

    /// <summary>"February 26, 1987".</summary>
    public static string AmericanDay(DateTimeOffset time) => time.ToString("MMMM d, yyyy", Invariant);

    /// <summary>"4:20 PM UTC".</summary>
    public static string AmericanTime(DateTimeOffset time, string zone) => $"{Clock12(time)} {(time.Hour < 12 ? "AM" : "PM")} {zone}";

    /// <summary>"Thu 26 Feb 1987 09.14 GMT".</summary>
    public static string Compact(DateTimeOffset time, string zone) => time.ToString("ddd d MMM yyyy HH.mm", Invariant) + " " + zone;

    /// <summary>"26/02/1987 15:20".</summary>
    public static string DayFirstNumeric(DateTimeOffset time) => time.ToString("dd/MM/yyyy HH:mm", Invariant);

    /// <summary>"Thu, Feb 26, 1987 at 9:20 AM PST".</summary>
    public static string Posted(DateTimeOffset time, string zone) => time.ToString("ddd, MMM d, yyyy", Invariant) + " at " + AmericanTime(time, zone);

    /// <summary>"Feb 26, 1987".</summary>
    public static string ShortDay(DateTimeOffset time) => time.ToString("MMM d, yyyy", Invariant);

    /// <summary>"Updated 45 min ago": relative to when the page was fetched, which the page does not say.</summary>
    public static string Ago(string id)
    {
        var minutes = 5 + (int)(Triangulate.Text.XxHash64.Hash(id) % 300);
        return minutes < 60 ? $"{minutes} min ago" : $"{minutes / 60} hours ago";
    }

    private static string Clock12(DateTimeOffset time) => $"{(time.Hour % 12 == 0 ? 12 : time.Hour % 12)}:{time.Minute:D2}";
}
