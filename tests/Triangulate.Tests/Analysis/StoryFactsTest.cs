using Triangulate.Analysis;
using Triangulate.Ingest;
using Triangulate.Storage;
using Triangulate.Tests.Reuse;

namespace Triangulate.Tests.Analysis;

/// <summary>The story-level facts are stored with the analysis and read back, each counting independent origins over provenance groups.</summary>
public class StoryFactsTest
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static IEnumerable<IngestOutcome> Outcomes(params Article[] articles) => articles.Select(IngestOutcome.Of);

    private static async Task<EventView> MeetingIn(IArticleStore store) =>
        Assert.Single((await store.EventsAsync(new EventQuery(Type: "meet", Actor: "Kestrel Brigades"), Cancel)).Items);

    [Fact]
    public async Task Two_copies_of_one_wire_are_one_origin_and_an_independent_outlet_is_a_second()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("corpus.db");
        using (var store = SqliteArticleStore.Open(path))
            await new AnalysedCorpus(store).AddAsync(Outcomes(FactFixtures.Wire, FactFixtures.Copy), cancellation: Cancel);
        using (var reopened = SqliteArticleStore.Open(path))
        {
            var meeting = await MeetingIn(reopened);
            Assert.Equal(["wire", "copy"], meeting.Articles.Order(StringComparer.Ordinal).Reverse());
            Assert.Equal(1, meeting.IndependentOrigins);
            Assert.Equal("single-source", meeting.Status);
            var toll = Assert.Single(await reopened.ClaimFactsOfAsync(["wire"], Cancel), c => c.Value == 1250);
            Assert.Equal(1, toll.IndependentOrigins);
            await new AnalysedCorpus(reopened).AddAsync(Outcomes(FactFixtures.Independent), cancellation: Cancel);
        }

        using var updated = SqliteArticleStore.Open(path, StoreOpenMode.ReadOnly);
        var corroborated = await MeetingIn(updated);
        Assert.Equal(3, corroborated.Articles.Count);
        Assert.Equal(2, corroborated.IndependentOrigins);
        Assert.Equal("corroborated", corroborated.Status);
        Assert.Contains(corroborated.Evidence, e => e.Article == "herald" && e.Text.Contains("held talks", StringComparison.Ordinal));
        var claim = Assert.Single(await updated.ClaimFactsOfAsync(["herald"], Cancel), c => c.Value == 1250);
        Assert.Equal(2, claim.IndependentOrigins);
        Assert.Equal(3, claim.Articles.Count);
    }

    [Fact]
    public async Task Events_are_found_by_story_type_actor_article_and_day()
    {
        using var folder = new TempFolder();
        using var store = SqliteArticleStore.Open(folder.Combine("corpus.db"));
        var run = await new AnalysedCorpus(store).AddAsync(Outcomes(FactFixtures.Wire, FactFixtures.Copy, FactFixtures.Independent), cancellation: Cancel);

        var meeting = await MeetingIn(store);
        Assert.Equivalent(meeting, await store.EventAsync(meeting.Id, Cancel), strict: true);
        Assert.Equal("Beirut", meeting.Place?.Name);
        Assert.Equal(new DateOnly(2026, 3, 2), meeting.Time?.Start);
        Assert.Contains(meeting.Participants, p => p.Name == "Velmoran Liberation Front" && p.Actor is not null);
        Assert.Contains(meeting.Sources, s => s.Contains("(via AFP)", StringComparison.Ordinal));
        Assert.Contains((await store.EventsAsync(new EventQuery(Story: meeting.Story), Cancel)).Items, e => e.Id == meeting.Id);
        Assert.Contains((await store.EventsAsync(new EventQuery(Article: "herald"), Cancel)).Items, e => e.Id == meeting.Id);
        Assert.Contains((await store.EventsAsync(new EventQuery(From: new DateOnly(2026, 3, 5), To: new DateOnly(2026, 3, 5)), Cancel)).Items, e => e.Id == meeting.Id);
        Assert.DoesNotContain((await store.EventsAsync(new EventQuery(To: new DateOnly(2026, 2, 28)), Cancel)).Items, e => e.Id == meeting.Id);
        Assert.Empty((await store.EventsAsync(new EventQuery(Type: "meet", Actor: "Ostrava"), Cancel)).Items);
        var page = await store.EventsAsync(new EventQuery(Page: 2, Size: 1), Cancel);
        Assert.Equal(run.Update!.Events.Count, page.Total);
        Assert.Single(page.Items);
        Assert.Null(await store.EventAsync("event-none", Cancel));
    }

    [Fact]
    public async Task Attributions_are_stored_with_their_evidence()
    {
        using var folder = new TempFolder();
        using var store = SqliteArticleStore.Open(folder.Combine("corpus.db"));
        await new AnalysedCorpus(store).AddAsync(Outcomes(FactFixtures.Wire), cancellation: Cancel);

        var attributions = await store.AttributionsOfAsync(["wire"], Cancel);
        var sources = Assert.Single(attributions, a => a.Via == "AFP");
        Assert.Equal("sources in both groups", sources.Source);
        Assert.True(sources.Anonymous);
        Assert.Contains("sources in both groups told AFP", sources.Evidence.Text, StringComparison.Ordinal);
        Assert.Contains(attributions, a => a.Source == "the Aldane health ministry");
    }
}

/// <summary>
/// A fictional wire report (AFP) of a meeting between two armed groups, a word-for-word copy in another outlet, and an
/// outlet's own report of the same meeting from its own source.
/// </summary>
internal static class FactFixtures
{
    private static readonly string[] WireText =
    [
        "Kestrel Brigades commanders met leaders of the Velmoran Liberation Front in Beirut last week to coordinate their campaign, sources in both groups told AFP on Friday.",
        "The Kestrel Brigades have fought the Aldane government for a decade, and the front joined their campaign last year.",
        "At least 1,250 people have been killed in the fighting, according to the Aldane health ministry.",
        "Officials in the Aldane capital declined to comment on the meeting.",
    ];

    public static Article Wire => ProvenanceFixtures.Article("wire", "2026-03-13T09:00Z", "Agence France-Presse", ["AFP"], WireText);

    public static Article Copy => ProvenanceFixtures.Article("copy", "2026-03-13T11:00Z", "Harbour Daily", ["AFP"], WireText);

    public static Article Independent => ProvenanceFixtures.Article("herald", "2026-03-14T08:00Z", "Aldane Herald", [],
        "Velmoran Liberation Front leaders held talks with Kestrel Brigades commanders in Beirut last week, a spokesman for the front told the Herald.",
        "The spokesman said the two armed groups agreed to share weapons and intelligence before the spring offensive.",
        "The war between the rebels and the Aldane government has killed at least 1,250 people.",
        "Diplomats fear the alliance will prolong a conflict that has displaced half a million villagers.");
}
