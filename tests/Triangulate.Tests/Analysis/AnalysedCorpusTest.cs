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

        var claims = await reopened.ClaimFactsAsync(1000, 1, 50, Cancel);
        Assert.Contains(claims.Items, c => c.Value == 2300 && c.Articles.Count >= 2);
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
}
