using System.Text.Json;
using Triangulate.Analysis;
using Triangulate.Ingest;
using Triangulate.Storage;
using Triangulate.Tests.Reuse;

namespace Triangulate.Tests.Analysis;

/// <summary>The analysis layer stores what it finds, and questions are answered from the store.</summary>
public class AnalysedCorpusTest
{
    private static readonly Article[] MineStory =
        [ProvenanceFixtures.OwnText, ProvenanceFixtures.Verbatim, ProvenanceFixtures.Trimmed, ProvenanceFixtures.Edited, ProvenanceFixtures.Unrelated];

    /// <summary>A fictional dock strike in Kessel, the same week as the mine collapse and unrelated to it.</summary>
    private static readonly Article[] StrikeStory =
    [
        Strike("strike-wire", "2026-02-03T10:00Z", "Coastline News Agency"),
        Strike("strike-copy", "2026-02-03T11:30Z", "Bay Courier"),
        Strike("strike-reprint", "2026-02-03T12:10Z", "Harbour Lights"),
        Strike("strike-evening", "2026-02-03T18:00Z", "The Northern Ledger"),
    ];

    private static Article Strike(string id, string published, string outlet) => ProvenanceFixtures.Article(id, published, outlet, ["CNA"],
        "Dock workers in Kessel walked out on Tuesday over a pay offer, halting container traffic at the port, the Kessel Port Authority said.",
        "Union leader Mara Voss said 1,800 workers had joined the strike and that pickets would stay until the offer was raised.",
        "The port authority said about 40 ships were waiting to unload.") with { Title = "Kessel dock workers strike over pay" };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static IEnumerable<IngestOutcome> Outcomes(IEnumerable<Article> articles) => articles.Select(IngestOutcome.Of);

    [Fact]
    public async Task Stories_groups_actors_and_claims_are_read_back_from_a_reopened_store()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("corpus.db");
        CorpusRun run;
        using (var store = ArticleStores.Open(path))
            run = await new AnalysedCorpus(store).AddAsync(Outcomes(MineStory), cancellation: Cancel);

        using var reopened = ArticleStores.Open(path);
        var stories = await reopened.StoriesAsync(new StoryQuery(), Cancel);
        Assert.Equal(run.Update!.Stories.Count, stories.Total);
        var mine = Assert.Single(stories.Items, s => s.ArticleIds.Contains("edited"));
        Assert.Contains("cna", mine.ArticleIds);
        Assert.Equal(mine.Id, (await reopened.StoryAsync(mine.Id.Replace("story-", "")[..8], Cancel))?.Id);

        var group = await reopened.GroupOfAsync("trimmed", Cancel);
        Assert.NotNull(group);
        Assert.Equal("cna", group.Origin.Article);
        Assert.Contains(group.Derivations, d => d.Article == "trimmed");

        var governor = Assert.Single(await reopened.ActorsNamedAsync("Ilves", Cancel));
        var mentions = await reopened.MentionsAsync(governor.Id, 10, Cancel);
        Assert.All(mentions.SelectMany(m => m.Mentions), evidence => Assert.Contains("Ilves", evidence.Text));

        var claims = await reopened.ClaimFactsAsync(new ClaimQuery(1000), Cancel);
        Assert.Contains(claims.Items, c => c.Value == 2300 && c.Articles.Count >= 2);
    }

    [Fact]
    public async Task Work_beside_the_store_runs_once_with_the_complete_run_and_later_runs_after_the_store()
    {
        using var folder = new TempFolder();
        using var store = ArticleStores.Open(folder.Combine("corpus.db"));
        var corpus = new AnalysedCorpus(store);
        var seen = new List<CorpusRun>();
        Task Record(CorpusRun run)
        {
            seen.Add(run);
            return Task.CompletedTask;
        }

        await corpus.AddAsync(Outcomes(MineStory), cancellation: Cancel, whileStoring: Record);
        var fresh = Assert.Single(seen);
        Assert.True(fresh.Update!.Complete);
        Assert.Equal(MineStory.Length, fresh.Summary.Added);

        seen.Clear();
        await corpus.AddAsync(Outcomes(StrikeStory), cancellation: Cancel, whileStoring: async run =>
        {
            // A later batch's update is partial: the work comes after the store, which then holds every strike article.
            Assert.Equal(MineStory.Length + StrikeStory.Length, (await store.StoryMembersAsync(null, null, Cancel)).Count);
            await Record(run);
        });
        Assert.False(Assert.Single(seen).Update!.Complete);
    }

    [Fact]
    public async Task Adding_what_is_stored_and_analysed_changes_nothing()
    {
        using var folder = new TempFolder();
        using var store = ArticleStores.Open(folder.Combine("corpus.db"));
        var corpus = new AnalysedCorpus(store);
        var first = await corpus.AddAsync(Outcomes(MineStory), cancellation: Cancel);
        var again = await corpus.AddAsync(Outcomes(MineStory), cancellation: Cancel);

        Assert.Null(again.Update);
        Assert.Equal(MineStory.Length, again.Summary.AlreadyStored);
        Assert.Equal(first.Update!.Stories.Count, (await store.StoriesAsync(new StoryQuery(), Cancel)).Total);
    }

    [Fact]
    public async Task New_articles_in_an_analysed_store_are_analysed_with_the_stored_ones()
    {
        using var folder = new TempFolder();
        using var store = ArticleStores.Open(folder.Combine("corpus.db"));
        var corpus = new AnalysedCorpus(store);
        await corpus.AddAsync(Outcomes(MineStory.Take(2)), cancellation: Cancel);
        await corpus.AddAsync(Outcomes(MineStory.Skip(2)), cancellation: Cancel);

        var stories = await store.StoriesOfAsync(["cna", "edited"], Cancel);
        var mine = Assert.Single(stories);
        Assert.Contains("verbatim", mine.ArticleIds);
        Assert.Contains("edited", mine.ArticleIds);
    }

    [Fact]
    public async Task A_later_ingest_analyses_again_only_the_stories_its_articles_may_join()
    {
        // The mine story is under half the store: a neighbourhood of half the store or more is analysed whole.
        using var folder = new TempFolder();
        using var store = ArticleStores.Open(folder.Combine("corpus.db"));
        var corpus = new AnalysedCorpus(store);
        await corpus.AddAsync(Outcomes([.. MineStory.Take(3), .. StrikeStory]), cancellation: Cancel);
        var mineBefore = Assert.Single(await store.StoriesOfAsync(["cna"], Cancel));
        var strikeBefore = Assert.Single(await store.StoriesOfAsync(["strike-wire"], Cancel));
        var strikeEvents = await store.EventsAsync(new EventQuery(Story: strikeBefore.Id), Cancel);
        var ilvesBefore = Assert.Single(await store.ActorsNamedAsync("Tomas Ilves", Cancel));

        var later = await corpus.AddAsync(Outcomes([ProvenanceFixtures.Edited]), cancellation: Cancel);

        Assert.Equal(["cna", "edited", "trimmed", "verbatim"], later.Update!.Scope.Order(StringComparer.Ordinal));
        var mine = Assert.Single(await store.StoriesOfAsync(["edited"], Cancel));
        Assert.Equal(mineBefore.Id, mine.Id);
        Assert.Contains("cna", mine.ArticleIds);
        Assert.Equal("cna", (await store.GroupOfAsync("edited", Cancel))?.Origin.Article);
        var strike = Assert.Single(await store.StoriesOfAsync(["strike-wire"], Cancel));
        Assert.Equal(JsonSerializer.Serialize(strikeBefore), JsonSerializer.Serialize(strike));
        Assert.Equal(strikeEvents.Items.Select(e => e.Id), (await store.EventsAsync(new EventQuery(Story: strike.Id), Cancel)).Items.Select(e => e.Id));

        var ilves = Assert.Single(await store.ActorsNamedAsync("Tomas Ilves", Cancel));
        Assert.Equal(ilvesBefore.Id, ilves.Id);
        Assert.Equal(ilvesBefore.Aliases.Sum(a => a.Count) + 1, ilves.Aliases.Sum(a => a.Count));
        Assert.Equal(["cna", "edited", "verbatim"], (await store.MentionsAsync(ilves.Id, 10, Cancel)).Select(m => m.Article).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Articles_added_one_batch_after_another_end_in_the_stories_one_batch_gives()
    {
        Article[] all = [.. MineStory, .. StrikeStory];
        using var folder = new TempFolder();
        using var whole = ArticleStores.Open(folder.Combine("whole.db"));
        await new AnalysedCorpus(whole).AddAsync(Outcomes(all), cancellation: Cancel);
        using var stepwise = ArticleStores.Open(folder.Combine("stepwise.db"));
        var corpus = new AnalysedCorpus(stepwise);
        foreach (var article in all)
            await corpus.AddAsync(Outcomes([article]), cancellation: Cancel);

        static async Task<List<string>> Partition(IArticleStore store) =>
            [.. (await AnalysedCorpus.AllPages((page, size) => store.StoriesAsync(new StoryQuery(Page: page, Size: size), Cancel)))
                .Select(s => string.Join(" ", s.ArticleIds.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)];
        Assert.Equal(await Partition(whole), await Partition(stepwise));
        Assert.Equal((await whole.GroupOfAsync("edited", Cancel))?.Origin.Article, (await stepwise.GroupOfAsync("edited", Cancel))?.Origin.Article);
        Assert.Equal((await whole.ActorsAsync(1, 100, Cancel)).Items.Select(a => (a.Name, a.Aliases.Sum(n => n.Count))).Order(),
            (await stepwise.ActorsAsync(1, 100, Cancel)).Items.Select(a => (a.Name, a.Aliases.Sum(n => n.Count))).Order());
        Assert.Empty(await stepwise.UnanalysedArticleIdsAsync(Cancel));
    }

    [Fact]
    public async Task Analysing_the_store_again_keeps_the_ids_of_the_stories_it_finds_again()
    {
        using var folder = new TempFolder();
        using var store = ArticleStores.Open(folder.Combine("corpus.db"));
        var corpus = new AnalysedCorpus(store);
        // Stored in another order than their time order, which a single pass founds the stories in.
        await corpus.AddAsync(Outcomes(StrikeStory), cancellation: Cancel);
        await corpus.AddAsync(Outcomes(MineStory.Take(3)), cancellation: Cancel);
        var before = (await store.StoriesAsync(new StoryQuery(), Cancel)).Items.Select(s => s.Id).Order(StringComparer.Ordinal).ToList();

        await corpus.ReanalyzeAsync(cancellation: Cancel);

        Assert.Equal(before, (await store.StoriesAsync(new StoryQuery(), Cancel)).Items.Select(s => s.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_later_ingest_touching_most_of_the_store_analyses_it_whole()
    {
        using var folder = new TempFolder();
        using var store = ArticleStores.Open(folder.Combine("corpus.db"));
        var corpus = new AnalysedCorpus(store);
        await corpus.AddAsync(Outcomes([.. MineStory.Take(3), StrikeStory[0]]), cancellation: Cancel);

        var later = await corpus.AddAsync(Outcomes([ProvenanceFixtures.Edited]), cancellation: Cancel);

        Assert.True(later.Update!.Complete);
        Assert.Equal(5, later.Update.Scope.Count);
    }
}
