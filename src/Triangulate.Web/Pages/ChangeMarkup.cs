using Triangulate.Reports;
using Triangulate.Reuse;

namespace Triangulate.Web.Pages;

/// <summary>One change drawn side by side: the parent's words on the left with what went marked, the copy's on the right with what came marked.</summary>
internal static class ChangeMarkup
{
    public static void Row(Html html, ReportChange change)
    {
        var before = Words(change.OriginText);
        var after = Words(change.Text);
        var hunks = WordDiff.Compare(before, after);
        html.Open("div", "class", "change-row change-" + change.Kind, "data-kind", change.Kind);
        html.Open("div", "class", "side parent").Tag("span", change.Kind, "class", "kind");
        Side(html, before, hunks.Select(h => (h.OldStart, h.OldEnd)), "del");
        html.Close("div").Open("div", "class", "side copy").Tag("span", change.Kind, "class", "kind");
        Side(html, after, hunks.Select(h => (h.NewStart, h.NewEnd)), "ins");
        html.Close("div").Close("div");
    }

    private static string[] Words(string? text) => text is null ? [] : text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static void Side(Html html, string[] words, IEnumerable<(int Start, int End)> changed, string mark)
    {
        if (words.Length == 0)
        {
            html.Tag("span", "—", "class", "meta");
            return;
        }
        var position = 0;
        foreach (var (start, end) in changed.Where(r => r.End > r.Start))
        {
            html.Text(string.Join(' ', words[position..start]) + (start > position ? " " : ""));
            html.Tag(mark, string.Join(' ', words[start..end])).Text(end < words.Length ? " " : "");
            position = end;
        }
        html.Text(string.Join(' ', words[position..]));
    }
}
