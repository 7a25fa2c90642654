using System.Globalization;

namespace Triangulate.Evaluation.Synthetic.Pages;

/// <summary>
/// Writes one story at a time into the page corpus: the wire text with its agency's dateline credit, the agency's
/// own page or not, the outlets' copies (verbatim, trimmed, edited, paraphrase, rewrite) and copies of copies with
/// their planted changes, and now and then a headline in a feed.
/// </summary>
internal sealed class PageCorpusBuilder(Random random, IReadOnlyList<string> storyTitles)
{
    private static readonly string[] CopyKinds = ["verbatim", "trimmed", "edited", "paraphrase", "rewrite"];
    private static readonly int[] CopyWeights = [25, 20, 25, 15, 15];
    private static readonly string[] CopyOfCopyKinds = ["verbatim", "trimmed", "edited"];
    private static readonly string[] Reporters = ["Maren Holt", "Daniel Okafor", "Priya Raman", "Tomas Keller", "Aiko Brandt", "Leila Haddad", "Sean Marsh", "Ingrid Valk", "Rafael Ortiz", "Nadia Petrov"];
    private static readonly string[] BbcPlaces = ["LONDON", "MANCHESTER", "EDINBURGH", "BRUSSELS", "NEW YORK", "PARIS"];

    private readonly List<GeneratedPage> pages = [];
    private readonly List<FeedItem> feedItems = [];
    private readonly List<PlantedChange> changes = [];
    private readonly SyntheticCopier copier = new(random);

    public PageCorpus Build() => new(pages, feedItems, changes);

    public void Add(WireStory wire, int index, int shift, bool recurring)
    {
        var story = new StoryDraft(wire, index, shift, random);
        var mode = recurring ? Mode.Wire : random.NextDouble() switch { < 0.12 => Mode.Alone, < 0.22 => Mode.OutletOrigin, _ => Mode.Wire };
        var outlets = PageTemplates.Outlets.OrderBy(_ => random.Next()).ToList();
        Node root;
        string rootParent;
        if (mode != Mode.Wire)
        {
            // An outlet's own story: a singleton, or the origin its rivals copy.
            var id = Emit(story, outlets[0], "origin", "", story.Sentences, story.Time, story.Title, null, Reporters[random.Next(Reporters.Length)]);
            outlets.RemoveAt(0);
            root = new Node(id, story.Sentences, story.Time, "origin", []);
            rootParent = id;
            if (mode == Mode.Alone)
                return;
        }
        else
        {
            var agency = wire.Corpus == "Reuters" ? "Reuters" : random.Next(5) < 3 ? "AFP" : "AP";
            story.Credit(agency, BbcPlaces[random.Next(BbcPlaces.Length)]);
            rootParent = agency;
            if (PageTemplates.SiteOf(agency) is { } site && random.NextDouble() < 0.5)
                rootParent = Emit(story, site, "origin", "", story.Sentences, story.Time, story.Title, agency, null);
            root = new Node(rootParent, story.Sentences, story.Time, "origin", []);
            MaybeFeedItem(story, outlets[^1]);
        }

        var copies = new List<Node>();
        var count = 1 + random.Next(recurring ? 3 : 4);
        for (var k = 0; k < count && outlets.Count > 0; k++)
        {
            // A copy of a copy is told from a copy of the origin only by the edits it carries: only edited copies are copied.
            var candidates = copies.Where(c => c.Kind == "edited").ToList();
            var ofCopy = candidates.Count > 0 && random.NextDouble() < 0.5;
            var parent = ofCopy ? candidates[random.Next(candidates.Count)] : root;
            var kind = recurring ? CopyKinds[random.Next(2)] : ofCopy ? CopyOfCopyKinds[random.Next(CopyOfCopyKinds.Length)] : Weighted();
            var template = outlets[0];
            outlets.RemoveAt(0);
            var id = NextPageId();
            var (sentences, planted) = kind switch
            {
                "verbatim" => (parent.Sentences, []),
                "trimmed" => copier.Trimmed(id, parent.Sentences),
                "edited" => copier.Edited(id, parent.Sentences),
                "paraphrase" => copier.Paraphrase(id, parent.Sentences),
                _ => copier.Rewrite(id, parent.Sentences, story.Dateline),
            };
            if (ofCopy && !parent.Edits.Any(edit => sentences.Any(s => s.Contains(edit, StringComparison.Ordinal))))
                (kind, sentences, planted) = ("verbatim", parent.Sentences, []);
            if (kind == "trimmed" && planted.Count == 0)
                kind = "verbatim";
            var headline = kind is "paraphrase" or "rewrite" ? Rewording.Reword(story.Title, 1.0, random) : story.Title;
            var time = parent.Time.AddMinutes(20 + random.Next(1200));
            var parentName = ReferenceEquals(parent, root) ? rootParent : parent.Id;
            Emit(story, template, kind, parentName, sentences, time, headline, story.Agency, story.Agency is null ? Reporters[random.Next(Reporters.Length)] : null, id);
            changes.AddRange(planted);
            copies.Add(new Node(id, sentences, time, kind, planted.Where(c => c.Text.Length > 0).Select(c => c.Text).ToList()));
        }
    }

    private string Weighted()
    {
        var pick = random.Next(CopyWeights.Sum());
        for (var i = 0; i < CopyKinds.Length; i++)
        {
            if ((pick -= CopyWeights[i]) < 0)
                return CopyKinds[i];
        }
        return CopyKinds[^1];
    }

    private string NextPageId() => $"page-{pages.Count + feedItems.Count + 1:D5}";

    private string Emit(StoryDraft story, PageTemplate template, string kind, string parent, IReadOnlyList<string> sentences, DateTimeOffset time,
        string title, string? agency, string? byline, string? id = null)
    {
        id ??= NextPageId();
        var local = time.ToOffset(template.Offset);
        var headline = Headlines.Styled(title, template.Headlines);
        var url = template.UrlFor($"{Headlines.Slug(headline)}-{id[5..]}", story.Section.ToLowerInvariant(), local);
        DateTimeOffset? modified = random.NextDouble() < 0.4 ? local.AddMinutes(10 + random.Next(360)) : null;
        var related = Enumerable.Range(0, 4).Select(_ => random.Next(storyTitles.Count)).Where(i => i != story.Index).Distinct()
            .Select(i => Headlines.Styled(storyTitles[i], template.Headlines))
            .Select(h => new RelatedLink(h, template.UrlFor(Headlines.Slug(h), story.Section.ToLowerInvariant(), local)))
            .ToList();
        var page = new NewsPage(id, url, headline, sentences, local, modified, byline, agency, story.Section, related);
        pages.Add(new GeneratedPage(template.Render(page), Gold(story, template, id, url, local, parent, kind)));
        return id;
    }

    /// <summary>Three stories in ten also reach an outlet's feed as a headline, half of them with the opening sentence.</summary>
    private void MaybeFeedItem(StoryDraft story, PageTemplate outlet)
    {
        if (random.NextDouble() >= 0.3)
            return;
        var id = NextPageId();
        var local = story.Time.AddMinutes(5 + random.Next(600)).ToOffset(outlet.Offset);
        var url = $"https://{outlet.Host}/rss/item/{id[5..]}";
        var description = random.NextDouble() < 0.5 ? story.Sentences[0] : null;
        feedItems.Add(new FeedItem(Headlines.Styled(story.Title, outlet.Headlines), description, Gold(story, outlet, id, url, local, "", "headline") with
        {
            Date = DateOnly.FromDateTime(local.DateTime),
        }));
    }

    private static PageGold Gold(StoryDraft story, PageTemplate template, string id, string url, DateTimeOffset local, string parent, string kind) =>
        new(id, url, template.Name, template.Half, template.Outlet, template.StatesDate ? DateOnly.FromDateTime(local.DateTime) : null, local,
            $"story-{story.Index:D4}", parent, kind);

    /// <summary>Where a story starts: an outlet's story no one copies, an outlet's story its rivals copy, or an agency's wire.</summary>
    private enum Mode
    {
        Alone,
        OutletOrigin,
        Wire,
    }

    /// <param name="Edits">The words this copy changed or added against its parent.</param>
    private sealed record Node(string Id, IReadOnlyList<string> Sentences, DateTimeOffset Time, string Kind, IReadOnlyList<string> Edits);

    /// <summary>One wire story made ready to publish: moved in time, its title and sentences, its agency's credit.</summary>
    private sealed class StoryDraft
    {
        public StoryDraft(WireStory wire, int index, int shift, Random random)
        {
            Index = index;
            var from = wire.Date?.Year ?? 2004;
            // The BBC set has no dates: its stories fall in 2004 and 2005, in office hours.
            var time = wire.Date ?? new DateTimeOffset(2004, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(random.Next(730)).AddMinutes(360 + random.Next(840));
            Time = time.AddYears(shift);
            Title = DecadeShift.Apply(wire.Title, shift, from);
            Sentences = wire.Sentences.Select(s => DecadeShift.Apply(s, shift, from)).ToList();
            Section = wire.Topic is { Length: > 0 } topic ? char.ToUpperInvariant(topic[0]) + topic[1..] : "Business";
            Dateline = wire.Dateline is { } dateline && Sentences[0].StartsWith(dateline, StringComparison.Ordinal) ? dateline + " " : "";
            OriginalDateline = wire.Dateline;
        }

        public int Index { get; }
        public DateTimeOffset Time { get; }
        public string Title { get; }
        public List<string> Sentences { get; }
        public string Section { get; }

        /// <summary>The opening the copier treats as the dateline ("SALVADOR, Feb 26 (Reuters) - ").</summary>
        public string Dateline { get; private set; }

        public string? Agency { get; private set; }

        private string? OriginalDateline { get; }

        /// <summary>Puts the agency's credit in the dateline: "SALVADOR, Feb 26 (Reuters) - ", or "LONDON (AFP) - " for a text without one.</summary>
        public void Credit(string agency, string place)
        {
            Agency = agency;
            var first = Sentences[0];
            Dateline = Dateline.Length > 0
                ? $"{OriginalDateline!.TrimEnd('-', ' ')} ({agency}) - "
                : $"{place} ({agency}) - ";
            Sentences[0] = Dateline + (OriginalDateline is { } d && first.StartsWith(d, StringComparison.Ordinal) ? first[d.Length..].TrimStart() : first);
        }
    }
}
