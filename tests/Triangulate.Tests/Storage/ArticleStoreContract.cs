using Triangulate.Analysis;
using Triangulate.Ingest;
using Triangulate.Storage;
using Triangulate.Tests.Reuse;

namespace Triangulate.Tests.Storage;

/// <summary>
/// What every <see cref="IArticleStore"/> backend must do, whatever it keeps its data in. A backend's test class
/// derives from this one and says how to open one store (the same store on every call within a test, empty at first).
/// </summary>
public abstract class ArticleStoreContract : IDisposable
{
    /// <summary>Opens this test's store: created empty when missing by a writer, never created by a reader.</summary>
    protected abstract IArticleStore Open(StoreOpenMode mode = StoreOpenMode.ReadWriteCreate);

    public virtual void Dispose() => GC.SuppressFinalize(this);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly Article[] MineStory =
        [ProvenanceFixtures.OwnText, ProvenanceFixtures.Verbatim, ProvenanceFixtures.Trimmed, ProvenanceFixtures.Edited, ProvenanceFixtures.Paraphrase, ProvenanceFixtures.Unrelated];

    internal static Article Sample(string id, string source = "wire/kell.txt", string title = "Flood barrier gives way in Kell") => new(
        Id: id,
        ContentHash: "hash-" + id,
        Source: source,
        Url: "https://mpa.example/kell",
        Title: title,
        Outlet: new Outlet("MPA", "closing signature \"MPA\""),
        Published: new PublicationTime(new DateTimeOffset(2026, 6, 9, 14, 5, 0, TimeSpan.FromHours(2)), TimePrecision.Minute, false, "meta article:published_time"),
        Credits: ["MPA", "AFP"],
        Byline: "Dara Quill",
        Body: ["A flood barrier on the Sarn river gave way on Tuesday. Gov. Ilse Marren said crews would work through the night.", "Café owners in Kell counted the damage."],
        Removed: [new RemovedLine("Residents wade through the market. (Dara Quill/MPA)", "caption")]);

    private static Article[] Numbered(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Sample($"{i:x4}beef{i:x8}", $"wire/{i}.txt", $"Report number {i}"))];

    private static async Task<IReadOnlyList<Article>> Everything(IArticleStore store) =>
        await AnalysedCorpus.AllPages((page, size) => store.ArticlesAsync(page, size, Cancel), size: 2);

    [Fact]
    public async Task Every_field_survives_closing_and_reopening_the_store()
    {
        var article = Sample("a1b2c3d4e5f60718");
        using (var store = Open())
            await store.AddAsync([article], Cancel);

        using var reopened = Open(StoreOpenMode.ReadOnly);
        var stored = Assert.Single(await Everything(reopened));

        Assert.Equal(article with { Credits = [], Body = [], Removed = [] }, stored with { Credits = [], Body = [], Removed = [] });
        Assert.Equal(article.Credits, stored.Credits);
        Assert.Equal(article.Body, stored.Body);
        Assert.Equal(article.Removed, stored.Removed);
        Assert.Equal("2026-06-09T14:05+02:00", stored.Published!.ToIso());
    }

    [Fact]
    public async Task Adding_the_same_articles_again_changes_nothing()
    {
        using var store = Open();
        Assert.Equal(new BatchResult(2, 0), await store.AddAsync([Sample("1111aaaa"), Sample("2222bbbb", "wire/ferry.txt")], Cancel));
        Assert.Equal(new BatchResult(1, 2), await store.AddAsync([Sample("1111aaaa"), Sample("3333cccc", "wire/dam.txt"), Sample("2222bbbb", "wire/ferry.txt")], Cancel));

        Assert.Equal(3, await store.ArticleCountAsync(Cancel));
        Assert.Equal(["1111aaaa", "2222bbbb", "3333cccc"], (await Everything(store)).Select(a => a.Id));
    }

    [Fact]
    public async Task Pages_cover_the_articles_once_in_storing_order()
    {
        using var store = Open();
        var articles = Numbered(7);
        await store.AddAsync(articles[..4], Cancel);
        await store.AddAsync(articles[4..], Cancel);

        var pages = new List<Page<Article>>();
        for (var number = 1; number <= 4; number++)
            pages.Add(await store.ArticlesAsync(number, 3, Cancel));

        Assert.Equal([3, 3, 1, 0], pages.Select(p => p.Items.Count));
        Assert.All(pages, p => Assert.Equal(7, p.Total));
        Assert.Equal(articles.Select(a => a.Id), pages.SelectMany(p => p.Items).Select(a => a.Id));
        Assert.Equal(articles[5].Body, pages[1].Items[2].Body);
    }

    [Fact]
    public async Task Articles_by_id_come_in_storing_order_and_unknown_ids_are_left_out()
    {
        using var store = Open();
        var articles = Numbered(5);
        await store.AddAsync(articles, Cancel);

        var found = await store.ArticlesAsync([articles[4].Id, "nothere0", articles[1].Id, articles[2].Id], Cancel);

        Assert.Equal([articles[1].Id, articles[2].Id, articles[4].Id], found.Select(a => a.Id));
        Assert.Equal(articles[4].Credits, found[2].Credits);
    }

    [Fact]
    public async Task A_failing_batch_adds_nothing_of_itself_and_keeps_earlier_batches()
    {
        using var store = Open();
        await store.AddAsync([Sample("1111aaaa")], Cancel);

        var broken = Sample("3333cccc", "wire/broken.txt") with { Title = null! };
        await Assert.ThrowsAnyAsync<Exception>(() => store.AddAsync([Sample("2222bbbb", "wire/ferry.txt"), broken], Cancel));

        Assert.Equal(["1111aaaa"], (await Everything(store)).Select(a => a.Id));
        Assert.Single(await store.SearchAsync("Sarn", cancellation: Cancel));
    }

    [Fact]
    public async Task A_unique_prefix_finds_an_article_and_an_ambiguous_or_short_one_does_not()
    {
        using var store = Open();
        await store.AddAsync([Sample("abcd1111"), Sample("abcd2222", "wire/ferry.txt"), Sample("ef001234", "wire/dam.txt")], Cancel);

        Assert.Equal("ef001234", (await store.FindAsync("ef00", Cancel))?.Id);
        Assert.Equal("abcd2222", (await store.FindAsync("abcd2222", Cancel))?.Id);
        Assert.Null(await store.FindAsync("abcd", Cancel));
        Assert.Null(await store.FindAsync("ab", Cancel));
        Assert.Null(await store.FindAsync("ffff", Cancel));
    }

    [Fact]
    public async Task Search_finds_sentences_folding_case_and_accents_and_marks_the_match()
    {
        using var store = Open();
        await store.AddAsync([Sample("1111aaaa"), Sample("2222bbbb", "wire/ferry.txt") with { Body = ["Ferries resumed on the Sarn delta."] }], Cancel);

        var hit = Assert.Single(await store.SearchAsync("CREWS night", cancellation: Cancel));
        var both = await store.SearchAsync("sarn", cancellation: Cancel);

        Assert.Equal("1111aaaa", hit.ArticleId);
        Assert.Equal(0, hit.Paragraph);
        Assert.Contains($"{SearchHit.MatchStart}crews{SearchHit.MatchEnd}", hit.Snippet);
        Assert.Single(await store.SearchAsync("cafe", cancellation: Cancel));
        Assert.Equal(["1111aaaa", "2222bbbb"], both.Select(h => h.ArticleId).Order());
        Assert.Single(await store.SearchAsync("sarn", limit: 1, cancellation: Cancel));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("AND OR NOT")]
    [InlineData("NEAR(")]
    [InlineData("*")]
    [InlineData("barrier\" OR \"x")]
    [InlineData("ʕ•ᴥ•ʔ")]
    [InlineData("")]
    public async Task Hostile_queries_are_searched_as_plain_words(string query)
    {
        using var store = Open();
        await store.AddAsync([Sample("1111aaaa")], Cancel);

        var hits = await store.SearchAsync(query, cancellation: Cancel);

        Assert.True(hits.Count <= 1);
    }

    [Fact]
    public async Task A_reader_never_creates_a_store()
    {
        Assert.Throws<StoreUnavailableException>(() => Open(StoreOpenMode.ReadOnly));
        using var writer = Open();
        Assert.Equal(0, await writer.ArticleCountAsync(Cancel));
    }

    [Fact]
    public async Task A_reader_reads_but_refuses_every_write()
    {
        using (var writer = Open())
            await writer.AddAsync([Sample("1111aaaa")], Cancel);

        using var reader = Open(StoreOpenMode.ReadOnly);

        Assert.Single(await Everything(reader));
        await Assert.ThrowsAsync<StoreReadOnlyException>(() => reader.AddAsync([Sample("2222bbbb", "wire/ferry.txt")], Cancel));
        await Assert.ThrowsAsync<StoreReadOnlyException>(() => reader.SaveAnalysisAsync(new CorpusAnalysis().Add([Sample("2222bbbb")]), Cancel));
        Assert.Equal(1, await reader.ArticleCountAsync(Cancel));
        Assert.Null(await reader.AnalysisStateAsync(Cancel));
    }

    [Fact]
    public async Task A_saved_analysis_is_read_back_whole_after_reopening()
    {
        AnalysisUpdate update;
        using (var store = Open())
        {
            await store.AddAsync(MineStory, Cancel);
            update = new CorpusAnalysis().Add(MineStory) with { Complete = true };
            await store.SaveAnalysisAsync(update, Cancel);
        }

        using var reopened = Open(StoreOpenMode.ReadOnly);
        var state = await reopened.AnalysisStateAsync(Cancel);
        Assert.Equal(new AnalysisState(CorpusAnalysis.Version, update.NextStorySequence, update.Stories.Count, MineStory.Length), state);

        var stories = await reopened.StoriesAsync(new StoryQuery(Size: 1), Cancel);
        Assert.Equal(update.Stories.Count, stories.Total);
        var largest = update.Stories.MaxBy(s => s.ArticleIds.Count)!;
        Assert.Equal(largest.Id, Assert.Single(stories.Items).Id);
        AssertSameStory(largest, (await reopened.StoryAsync(largest.Id, Cancel))!);
        Assert.Equal(largest.Id, (await reopened.StoryAsync(largest.Id["story-".Length..][..8], Cancel))?.Id);
        Assert.Equal(largest.Id, Assert.Single(await reopened.StoriesOfAsync(["edited", "nothere0"], Cancel)).Id);
        Assert.Empty((await reopened.StoriesAsync(new StoryQuery(Text: "no such title words"), Cancel)).Items);
        Assert.Contains(largest.Id, (await reopened.StoriesAsync(new StoryQuery(Outlet: "bay courier"), Cancel)).Items.Select(s => s.Id));
        Assert.Contains(largest.Id, (await reopened.StoriesAsync(new StoryQuery(Outlet: "BC"), Cancel)).Items.Select(s => s.Id));
        Assert.Empty((await reopened.StoriesAsync(new StoryQuery(Outlet: "BX"), Cancel)).Items);
        Assert.NotEmpty(update.Events);
        foreach (var type in update.Events.Select(e => e.Type).Distinct())
        {
            var holding = update.Events.Where(e => e.Type == type).Select(e => e.Story).Distinct().Order();
            Assert.Equal(holding, (await reopened.StoriesAsync(new StoryQuery(EventType: type.ToUpperInvariant()), Cancel)).Items.Select(s => s.Id).Order());
        }
        Assert.Equal(0, (await reopened.StoriesAsync(new StoryQuery(EventType: "no such type"), Cancel)).Total);

        var group = update.Groups.Single(g => g.ArticleIds.Contains("trimmed"));
        var storedGroup = await reopened.GroupOfAsync("trimmed", Cancel);
        Assert.Equal(group.Id, storedGroup?.Id);
        Assert.Equal(group.ArticleIds.Order(), storedGroup!.Articles.Order());
        Assert.Null(await reopened.GroupOfAsync("ferries", Cancel));

        var actors = await AnalysedCorpus.AllPages((page, size) => reopened.ActorsAsync(page, size, Cancel), size: 2);
        Assert.Equal(update.Actors.Select(a => a.Id).Order(), actors.Select(a => a.Id).Order());
        var governor = Assert.Single(await reopened.ActorsNamedAsync("tomas ilves", Cancel));
        Assert.Equal(governor.Id, Assert.Single(await reopened.ActorsNamedAsync("Ilves", Cancel)).Id);
        var mentions = await reopened.MentionsAsync(governor.Id, 2, Cancel);
        Assert.Equal(2, mentions.Count);
        Assert.All(mentions.SelectMany(m => m.Mentions), evidence => Assert.Contains("Ilves", evidence.Text));

        var claims = await AnalysedCorpus.AllPages((page, size) => reopened.ClaimFactsAsync(new ClaimQuery(Page: page, Size: size), Cancel), size: 2);
        Assert.Equal(update.ClaimFacts.Select(c => c.Id).Order(), claims.Select(c => c.Id).Order());
        var large = await reopened.ClaimFactsAsync(new ClaimQuery(1000), Cancel);
        Assert.All(large.Items, c => Assert.True(c.Value >= 1000));
        Assert.Contains(large.Items, c => c.Value == 2300);
        foreach (var story in update.Stories)
        {
            var ofStory = await reopened.ClaimFactsAsync(new ClaimQuery(Story: story.Id, Size: 1000), Cancel);
            Assert.Equal(update.ClaimFacts.Where(c => c.Stories.Contains(story.Id)).Select(c => c.Id).Order(), ofStory.Items.Select(c => c.Id).Order());
        }
        var worded = await reopened.ClaimFactsAsync(new ClaimQuery(Text: "2,300"), Cancel);
        Assert.NotEmpty(worded.Items);
        Assert.All(worded.Items, c => Assert.Contains(c.Evidence, e => e.Text.Contains("2,300", StringComparison.Ordinal)));
        Assert.Empty((await reopened.ClaimFactsAsync(new ClaimQuery(Outlet: "No Such Outlet"), Cancel)).Items);
    }

    [Fact]
    public async Task A_later_update_replaces_changed_stories_and_removes_merged_ones()
    {
        using var store = Open();
        var analysis = new CorpusAnalysis();
        await store.AddAsync(MineStory, Cancel);
        var first = analysis.Add(MineStory[..2]) with { Complete = true };
        await store.SaveAnalysisAsync(first, Cancel);
        var second = analysis.Add(MineStory[2..]);
        await store.SaveAnalysisAsync(second, Cancel);

        var stored = await AnalysedCorpus.AllPages((page, size) => store.StoriesAsync(new StoryQuery(Page: page, Size: size), Cancel));
        var live = first.Stories.Select(s => s.Id).Except(second.RemovedStoryIds).Union(second.Stories.Select(s => s.Id));
        Assert.Equal(live.Order(), stored.Select(s => s.Id).Order());
        foreach (var story in second.Stories)
            AssertSameStory(story, stored.Single(s => s.Id == story.Id));
        Assert.Equal(MineStory.Length, stored.Sum(s => s.ArticleIds.Count));
    }

    [Fact]
    public async Task The_neighbourhood_reads_find_story_members_by_time_linked_articles_and_actors_by_name()
    {
        using var store = Open();
        await store.AddAsync(MineStory, Cancel);
        Assert.Equal(MineStory.Select(a => a.Id), await store.UnanalysedArticleIdsAsync(Cancel));
        var update = new CorpusAnalysis().Add(MineStory) with { Complete = true };
        await store.SaveAnalysisAsync(update, Cancel);
        Assert.Empty(await store.UnanalysedArticleIdsAsync(Cancel));

        var week = await store.StoryMembersAsync(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 2, 8, 0, 0, 0, TimeSpan.Zero), Cancel);
        Assert.Equal(MineStory.Select(a => a.Id).Order(), week.Select(m => m.Article).Order());
        Assert.All(week, m => Assert.Equal("Mine collapse in Ostrava Bay", m.Title));
        Assert.Empty(await store.StoryMembersAsync(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), null, Cancel));

        var group = update.Groups.Single(g => g.ArticleIds.Contains("trimmed"));
        Assert.Superset(group.ArticleIds.ToHashSet(), (await store.LinkedArticlesAsync(["trimmed"], Cancel)).ToHashSet());
        Assert.Contains("cna", await store.LinkedArticlesAsync(["trimmed"], Cancel));

        var ilves = Assert.Single(await store.ActorsWithNamesAsync(["tomas ilves", "Nobody Atall"], Cancel));
        var mentions = await store.MentionsInAsync(["cna", "edited"], Cancel);
        Assert.Equal(["cna", "edited"], mentions.Where(m => m.Actor == ilves.Id).Select(m => m.Article));
    }

    [Fact]
    public async Task An_update_with_a_scope_replaces_the_analysis_of_its_articles_and_keeps_the_rest()
    {
        using var store = Open();
        string[] flood = ["A flood barrier on the Sarn river gave way on Tuesday, flooding 120 homes in Kell, Gov. Ilse Marren said."];
        Article[] others = [Sample("7777aaaa", "wire/kell.txt") with { Body = flood }, Sample("8888bbbb", "wire/kell-copy.txt") with { Body = flood }];
        await store.AddAsync([.. MineStory, .. others], Cancel);
        var whole = new CorpusAnalysis().Add([.. MineStory, .. others]) with { Complete = true };
        await store.SaveAnalysisAsync(whole, Cancel);
        var kellActors = (await store.MentionsInAsync(["7777aaaa"], Cancel)).Select(m => m.Actor).ToList();
        var kellClaims = await store.ClaimFactsOfAsync(["7777aaaa"], Cancel);

        var mineOnly = new CorpusAnalysis().Add(MineStory);
        Assert.Equal(MineStory.Select(a => a.Id), mineOnly.Scope);
        await store.SaveAnalysisAsync(mineOnly with { Groups = [], ActorArticles = [], ClaimFacts = [], Attributions = [], Actors = [] }, Cancel);

        Assert.Null(await store.GroupOfAsync("trimmed", Cancel));
        Assert.Empty(await store.MentionsInAsync(["cna"], Cancel));
        Assert.Empty(await store.ClaimFactsOfAsync(["cna"], Cancel));
        Assert.Empty(await store.AttributionsOfAsync(["cna"], Cancel));
        Assert.NotEmpty(kellActors);
        Assert.NotEmpty(kellClaims);
        Assert.Equal(kellActors, (await store.MentionsInAsync(["7777aaaa"], Cancel)).Select(m => m.Actor));
        Assert.Equal(kellClaims.Select(c => c.Id), (await store.ClaimFactsOfAsync(["7777aaaa"], Cancel)).Select(c => c.Id));
    }

    [Fact]
    public async Task Story_frequencies_of_a_complete_update_replace_the_stored_ones_and_later_ones_add_to_them()
    {
        using var store = Open();
        await store.AddAsync(MineStory, Cancel);
        var whole = new CorpusAnalysis().Add(MineStory) with { Complete = true };
        await store.SaveAnalysisAsync(whole, Cancel);
        var stored = await store.StoryFrequenciesAsync(Cancel);
        Assert.Equal(MineStory.Length, stored.Documents);
        Assert.Equal(whole.Frequencies.Terms.OrderBy(t => t.Key), stored.Terms.OrderBy(t => t.Key));

        var later = new CorpusAnalysis(storedFrequencies: stored).Add([Sample("7777aaaa")]);
        await store.SaveAnalysisAsync(later, Cancel);

        var both = await store.StoryFrequenciesAsync(Cancel);
        Assert.Equal(MineStory.Length + 1, both.Documents);
        var term = later.Frequencies.Terms.Keys.First(stored.Terms.ContainsKey);
        Assert.Equal(stored.Terms[term] + later.Frequencies.Terms[term], both.Terms[term]);
    }

    private static void AssertSameStory(StoryView expected, StoryView actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.ArticleIds, actual.ArticleIds);
        Assert.Equal(expected.FirstSeen, actual.FirstSeen);
        Assert.Equal((expected.Origin.Name, expected.Origin.Article), (actual.Origin.Name, actual.Origin.Article));
        Assert.Equal(expected.Derivations.Select(d => (d.Article, d.From, d.Kind)), actual.Derivations.Select(d => (d.Article, d.From, d.Kind)));
        Assert.Equal(expected.Changes.Count, actual.Changes.Count);
    }
}
