using System.Globalization;

namespace Triangulate.Evaluation.Synthetic.Pages;

/// <summary>What one page (or feed item) of the page corpus truly is: a line of pages.tsv.</summary>
/// <param name="Template">The template that rendered it (a feed item: its outlet's template).</param>
/// <param name="Date">The publication day as the page states it, in the outlet's zone; null when the page states none.</param>
/// <param name="Published">The publication time, with the outlet's offset.</param>
/// <param name="Parent">The stored page it derives from, or the agency whose unstored wire it copies; empty for an origin or a headline.</param>
/// <param name="Kind">origin, verbatim, trimmed, edited, paraphrase, rewrite, or headline (a feed item with a title and at most one sentence).</param>
public sealed record PageGold(
    string Id,
    string Url,
    string Template,
    PageHalf Half,
    string Outlet,
    DateOnly? Date,
    DateTimeOffset Published,
    string Story,
    string Parent,
    string Kind)
{
    public const string Header = "id\turl\ttemplate\thalf\toutlet\tdate\tpublished\tstory\tparent\tkind";

    public string ToLine() => string.Join('\t', Id, Url, Template, Half == PageHalf.Fit ? "fit" : "held-out", Outlet,
        Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", Published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), Story, Parent, Kind);

    public static PageGold Parse(string line)
    {
        var f = line.Split('\t');
        return new PageGold(f[0], f[1], f[2], f[3] == "fit" ? PageHalf.Fit : PageHalf.HeldOut, f[4],
            f[5].Length == 0 ? null : DateOnly.ParseExact(f[5], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(f[6], CultureInfo.InvariantCulture), f[7], f[8], f[9]);
    }

    public static IReadOnlyList<PageGold> ReadAll(string path) => File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(Parse).ToList();
}
