namespace Triangulate.Evaluation.Synthetic.Pages;

/// <summary>
/// Builds the page corpus: <paramref name="stories"/> wire stories (Reuters-21578 and BBC texts), about one in seven
/// a recurring report (weekly figures, a company's earnings) kept as a story of its own, each republished through the
/// templates of <see cref="PageTemplates"/> with copies of every kind and copies of copies, some moved to another
/// decade, some with the agency's own page stored; plus headline-only feed items. Deterministic for a seed.
/// </summary>
public sealed class PageCorpusGenerator(int stories, int seed)
{
    private const int MinimumSentences = 5;
    private const int MaximumSameTemplate = 6;

    // Multiples of 28 years keep every weekday: Reuters' 1987 moves to 1959, 1931 or 2015, the BBC's 2004-05 to 1976-77 or 1948-49.
    private static readonly int[] ReutersShifts = [-28, -56, 28];
    private static readonly int[] BbcShifts = [-28, -56];

    public PageCorpus Generate(IEnumerable<WireStory> wires)
    {
        var random = new Random(seed);
        var chosen = Choose(wires, random);
        var shifts = new Dictionary<string, int>(StringComparer.Ordinal);
        var builder = new PageCorpusBuilder(random, chosen.Select(c => c.Story.Title).ToList());
        for (var i = 0; i < chosen.Count; i++)
        {
            var (story, recurring) = chosen[i];
            // A recurring report's template moves as one: its weeks stay apart by date, not by decade.
            var key = recurring ?? story.Id;
            if (!shifts.TryGetValue(key, out var shift))
            {
                var options = story.Corpus == "Reuters" ? ReutersShifts : BbcShifts;
                shifts[key] = shift = random.NextDouble() < 0.3 ? options[random.Next(options.Length)] : 0;
            }
            builder.Add(story, i, shift, recurring is not null);
        }
        return builder.Build();
    }

    /// <summary>The stories to republish, in order: recurring reports (one in seven) and other stories long enough to copy.</summary>
    private List<(WireStory Story, string? Recurring)> Choose(IEnumerable<WireStory> wires, Random random)
    {
        // The wire re-sends a story (corrections, repeats) under the same title or with the same opening on the same day.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pool = wires
            .Where(w => !w.Title.Contains("CORRECTED", StringComparison.Ordinal) && !w.Title.Contains("REPEAT", StringComparison.Ordinal))
            .Where(w => seen.Add(Day(w) + w.Title) & seen.Add(Day(w) + w.Sentences[0][..Math.Min(80, w.Sentences[0].Length)]))
            .OrderBy(_ => random.Next())
            .ToList();
        var target = stories / 7;
        var recurring = new List<(WireStory, string?)>();
        var groups = pool.Where(w => w.Corpus == "Reuters" && w.Date is not null).GroupBy(w => RecurringReports.Template(w.Title))
            .Select(g => (g.Key, Members: g.Key == "earnings" ? g.ToList() : g.DistinctBy(Day).ToList()))
            .Where(g => g.Members.Count >= 3)
            .OrderBy(g => g.Key == "earnings" ? 0 : 1)
            .ToList();
        foreach (var (key, members) in groups)
        {
            var room = target - recurring.Count;
            var take = Math.Min(room, key == "earnings" ? target / 3 : MaximumSameTemplate);
            recurring.AddRange(members.Take(take).Select(m => (m, (string?)key)));
        }
        var used = recurring.Select(r => r.Item1.Id).ToHashSet(StringComparer.Ordinal);
        var regular = pool.Where(w => !used.Contains(w.Id) && w.Sentences.Count >= MinimumSentences)
            .Take(stories - recurring.Count).Select(w => (w, (string?)null));
        return recurring.Concat(regular).OrderBy(_ => random.Next()).ToList();
    }

    private static string Day(WireStory story) => story.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
