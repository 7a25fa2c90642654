using System.Globalization;
using System.Text.RegularExpressions;
using Triangulate.Evaluation;
using Triangulate.Evaluation.Synthetic.Pages;
using Triangulate.Ingest;

namespace Triangulate.Tests.Evaluation;

public sealed partial class PageCorpusTest
{
    // Asking for more stories than the fixtures hold takes every one of them: a seventh of 30 leaves room for the four weekly reports.
    private static PageCorpus Generate(int seed) => new PageCorpusGenerator(stories: 30, seed).Generate(WireStoryFixtures.All);

    [Fact]
    public void TheSameSeedGivesTheSameCorpusAndAnotherSeedAnother()
    {
        var first = Generate(3);
        var second = Generate(3);

        Assert.Equal(first.Pages.Select(p => p.Html), second.Pages.Select(p => p.Html));
        Assert.Equal(first.Gold, second.Gold);
        Assert.Equal(first.Changes, second.Changes);
        Assert.NotEqual(first.Pages.Select(p => p.Html), Generate(4).Pages.Select(p => p.Html));
    }

    [Fact]
    public void EveryStoryIsRepublishedAndTheWeeklyReportsStayApart()
    {
        var corpus = Generate(5);
        var stories = corpus.Gold.GroupBy(g => g.Story).ToList();

        Assert.Equal(WireStoryFixtures.All.Count, stories.Count);
        var weekly = corpus.Pages.Where(p => p.Html.Contains("Kell banks had", StringComparison.Ordinal)).Select(p => p.Gold.Story).Distinct().Count();
        Assert.Equal(4, weekly);
    }

    [Fact]
    public void EveryParentIsAnEarlierPageOfTheSameStoryOrTheAgency()
    {
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var gold = Generate(seed).Gold.ToDictionary(g => g.Id);
            foreach (var page in gold.Values.Where(g => g.Parent.Length > 0))
            {
                if (gold.TryGetValue(page.Parent, out var parent))
                {
                    Assert.Equal(parent.Story, page.Story);
                    Assert.True(parent.Published < page.Published, $"{page.Id} is published before its parent {parent.Id}");
                }
                else
                {
                    Assert.Contains(page.Parent, new[] { "Reuters", "AFP", "AP" });
                }
            }
        }
    }

    [Fact]
    public void EveryPlantedChangeIsInItsPage()
    {
        var corpus = Generate(7);
        var html = corpus.Pages.ToDictionary(p => p.Gold.Id, p => System.Net.WebUtility.HtmlDecode(p.Html));

        Assert.NotEmpty(corpus.Changes);
        foreach (var change in corpus.Changes.Where(c => c.Text.Length > 0))
            Assert.Contains(change.Text, html[change.Document]);
    }

    [Fact]
    public void ACopyOfACopyCarriesEditsOfItsParent()
    {
        var copiesOfCopies = 0;
        foreach (var seed in new[] { 1, 2, 3, 4 })
        {
            var corpus = Generate(seed);
            var gold = corpus.Gold.ToDictionary(g => g.Id);
            var html = corpus.Pages.ToDictionary(p => p.Gold.Id, p => System.Net.WebUtility.HtmlDecode(p.Html));
            foreach (var page in gold.Values.Where(g => gold.TryGetValue(g.Parent, out var parent) && parent.Kind != "origin"))
            {
                copiesOfCopies++;
                var edits = corpus.Changes.Where(c => c.Document == page.Parent && c.Text.Length > 0).Select(c => c.Text).ToList();
                Assert.Contains(edits, edit => html[page.Id].Contains(edit, StringComparison.Ordinal));
            }
        }
        Assert.True(copiesOfCopies > 0);
    }

    [Fact]
    public void AStatedDateIsTheGoldDayAndAnUnstatedOneIsNowhere()
    {
        foreach (var page in Generate(9).Pages)
        {
            var gold = page.Gold;
            var day = DateOnly.FromDateTime(gold.Published.DateTime);
            var forms = new[] { "yyyy-MM-dd", "yyyy/MM/dd", "MMMM d, yyyy", "d MMMM yyyy", "MMM d, yyyy", "dd/MM/yyyy", "d MMM yyyy", "yyyy-MM-dd'T'HH:mm" }
                .Select(f => gold.Published.ToString(f, CultureInfo.InvariantCulture));
            var year = day.Year.ToString(CultureInfo.InvariantCulture);
            if (gold.Date is { } stated)
            {
                Assert.Equal(day, stated);
                Assert.Contains(forms, form => page.Html.Contains(form, StringComparison.Ordinal) || gold.Url.Contains(form, StringComparison.Ordinal));
                // Every full date in the metadata is the publication day or, for dateModified, a later one.
                foreach (var iso in IsoDay().Matches(page.Html).Select(m => DateOnly.ParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture)))
                    Assert.True(iso >= stated, $"{gold.Template}: {iso} before {stated}");
            }
            else
            {
                Assert.DoesNotMatch(IsoDay(), page.Html);
                Assert.DoesNotContain(forms, form => page.Html.Contains(form, StringComparison.Ordinal) || gold.Url.Contains(form, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void EveryTemplateRendersAPageIngestCanReadAndEachHasItsOwnMarkup()
    {
        var page = new NewsPage("page-00001", "https://example.test/news/harbour-strike-00001.html", "Dockers strike at Port Mirren",
            ["PORT MIRREN, March 3 (Reuters) - Dockers at Port Mirren walked out over night shifts, the port authority said.", "The union said the company had ignored three rounds of talks.", "Talks are due to resume on Wednesday."],
            new DateTimeOffset(1987, 3, 3, 14, 20, 0, TimeSpan.Zero), null, null, "Reuters", "Business", [new RelatedLink("Tram fares to rise in Wexley", "https://example.test/news/fares.html")]);
        var skeletons = new HashSet<string>(StringComparer.Ordinal);

        foreach (var template in PageTemplates.All)
        {
            var html = template.Render(page with { Published = page.Published.ToOffset(template.Offset) });
            var extracted = HtmlExtractor.Extract(html, page.Url);

            Assert.Contains("Dockers", extracted.Title, StringComparison.Ordinal);
            Assert.Contains(extracted.Body, paragraph => paragraph.Contains("ignored three rounds of talks", StringComparison.Ordinal));
            Assert.True(skeletons.Add(Skeleton(html)), $"{template.Name} has the markup of another template");
        }
        Assert.True(PageTemplates.All.Count(t => t.AgencySite is null) >= 10);
        Assert.Contains(PageTemplates.All, t => t.Half == PageHalf.Fit && !t.StatesDate);
        Assert.Contains(PageTemplates.All, t => t.Half == PageHalf.HeldOut && !t.StatesDate);
        Assert.Contains(PageTemplates.All, t => t.Half == PageHalf.Fit && t.DateInUrl);
        Assert.Contains(PageTemplates.All, t => t.Half == PageHalf.HeldOut && t.DateInUrl);
    }

    [Fact]
    public void TheEvaluationReadsPagesAndFeedsAndScoresEachHalf()
    {
        using var folder = new TempFolder();
        var corpus = Generate(11);
        corpus.Write(folder.Path);

        var scores = ProvenanceEvaluation.Evaluate(folder.Path).Metrics;

        Assert.Equal(corpus.Pages.Count + corpus.FeedItems.Count, scores["documents"]);
        Assert.Equal(corpus.Gold.Count(g => g.Date is not null), scores["date_pages"]);
        Assert.Equal(scores["date_pages"], scores["fit_date_pages"] + scores["heldout_date_pages"]);
        Assert.Equal(corpus.Gold.Count(g => g.Kind is not ("origin" or "headline")), scores["edge_gold"]);
        Assert.Equal(scores["edge_gold"], scores["fit_edge_gold"] + scores["heldout_edge_gold"]);
        Assert.InRange(scores["heldout_outlet_accuracy"], 0, 1);
    }

    /// <summary>A page's markup with its text and attribute values left out: tags and attribute names.</summary>
    private static string Skeleton(string html) => string.Join(' ', Tag().Matches(html).Select(m => m.Value));

    [GeneratedRegex(@"<[a-z][a-z0-9]*(?:\s+[a-z:-]+(?==))*|\b(?:class|id|itemprop|property|name)=""[^""]*""")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDay();
}
