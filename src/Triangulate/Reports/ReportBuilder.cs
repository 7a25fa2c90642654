using System.Runtime.InteropServices;
using Triangulate.Events;
using Triangulate.Facts;
using Triangulate.Reuse;
using Triangulate.Stories;

namespace Triangulate.Reports;

/// <summary>Builds the report document from the records the pipeline produced.</summary>
public static class ReportBuilder
{
    /// <summary>
    /// The report on some articles: the articles, their stories, the actors, and the story-level facts; each story names
    /// by id its own events, the claims its articles give, and its articles' attributions.
    /// </summary>
    public static Report Build(
        IReadOnlyList<Article> articles, IReadOnlyList<ReportStory>? stories = null, IReadOnlyList<Actor>? actors = null,
        IReadOnlyList<EventView>? events = null, IReadOnlyList<ClaimView>? claims = null, IReadOnlyList<AttributionView>? attributions = null)
    {
        // One order whichever way the facts came (a run's update or the store): best supported first, attributions in article order.
        var reportEvents = (events ?? []).OrderByDescending(e => e.IndependentOrigins).ThenByDescending(e => e.Articles.Count)
            .ThenBy(e => e.Time?.Start).ThenBy(e => e.Id, StringComparer.Ordinal).Select(ToReport).ToList();
        var reportClaims = (claims ?? []).OrderByDescending(c => c.IndependentOrigins).ThenByDescending(c => c.Articles.Count)
            .ThenBy(c => c.Id, StringComparer.Ordinal).Select(claim => (Claim: claim, Report: ToReport(claim))).ToList();
        var position = articles.Select((article, i) => (article.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var reportAttributions = (attributions ?? []).OrderBy(a => position.GetValueOrDefault(a.Article, int.MaxValue))
            .ThenBy(a => a.Evidence.Start).Select(ToReport).ToList();
        // Each fact goes to its stories in one pass over the facts, in the order above: matching every story against
        // every fact costs stories x facts, which on a large corpus is most of the run.
        var storyList = stories ?? [];
        var storiesOfArticle = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var storyIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < storyList.Count; i++)
        {
            storyIndex.TryAdd(storyList[i].Id, i);
            foreach (var member in storyList[i].Articles.Distinct(StringComparer.Ordinal))
                (CollectionsMarshal.GetValueRefOrAddDefault(storiesOfArticle, member, out _) ??= []).Add(i);
        }
        var storyEvents = Buckets(storyList.Count);
        foreach (var reportEvent in reportEvents)
        {
            foreach (var i in StoriesNamed(storyIndex, [reportEvent.Story]))
                storyEvents[i].Add(reportEvent.Id);
        }
        var storyClaims = Buckets(storyList.Count);
        foreach (var (claim, report) in reportClaims)
        {
            foreach (var i in StoriesNamed(storyIndex, claim.Stories))
                storyClaims[i].Add(report.Id);
        }
        var storyAttributions = Buckets(storyList.Count);
        foreach (var attribution in reportAttributions)
        {
            foreach (var i in storiesOfArticle.GetValueOrDefault(attribution.Article) ?? [])
                storyAttributions[i].Add(attribution.Id);
        }
        var withFacts = storyList.Select((story, i) => story with
        {
            EventIds = storyEvents[i],
            ClaimIds = storyClaims[i],
            AttributionIds = storyAttributions[i],
        }).ToList();
        return new Report(articles.Select(ToReport).ToList(), withFacts, (actors ?? []).Select(ToReport).ToList(), reportEvents, [.. reportClaims.Select(c => c.Report)])
        {
            Attributions = reportAttributions,
        };
    }

    public static ReportEvent ToReport(EventView fact) => new(
        fact.Id, fact.Story, fact.Type, fact.Cameo, fact.Acled,
        [.. fact.Participants.Select(p => new ReportParticipant(p.Actor, p.Name, p.Type, p.Role))],
        fact.Place is { } place ? new ReportPlace(place.Name, place.Country, place.Latitude, place.Longitude) : null,
        fact.Time is { } time ? new ReportEventTime(Day(time.Start), Day(time.End), time.Precision, time.Evidence.Text, time.Reported) : null,
        fact.Modality, fact.Sources, fact.Articles, fact.IndependentOrigins, fact.Status, fact.Evidence);

    public static ReportClaim ToReport(ClaimView claim) => new(
        claim.Id, claim.Text, claim.Value, claim.Qualifier, claim.What, claim.AccordingTo, claim.Articles, claim.IndependentOrigins, claim.Sources,
        claim.Status, claim.Wordings, Day(claim.About),
        [.. claim.Links.Select(link => new ReportClaimLink(link.Claim, link.Kind.ToString().ToLowerInvariant()))], claim.Evidence);

    public static ReportAttribution ToReport(AttributionView attribution) => new(
        attribution.Id, attribution.Article, attribution.Source, attribution.Cue, attribution.Content, attribution.Via, attribution.Anonymous, [attribution.Evidence]);

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static ReportProvenanceGroup ToReport(ProvenanceGroup group) => new(
        group.Id, group.ArticleIds, ToReport(group.Origin), group.Origin.Sentences,
        group.Derivations.Select(ToReport).ToList(), group.Changes.Select(ToReport).ToList());

    private static ReportOrigin ToReport(Origin origin) => new(origin.Name, origin.ArticleId, origin.Reconstructed, origin.Evidence);

    private static ReportDerivation ToReport(Derivation derivation) => new(
        derivation.ArticleId, derivation.From, derivation.Kind.ToString().ToLowerInvariant(), Math.Round(derivation.Share, 3), derivation.Evidence);

    private static ReportChange ToReport(Change change) => new(change.Kind.ToString().ToLowerInvariant(), change.ArticleId, change.OriginText, change.Text);

    private static ReportActor ToReport(Actor actor) =>
        new(actor.Id, actor.Name, actor.Type.ToString().ToLowerInvariant(), actor.Aliases.Select(alias => alias.Name).ToList());

    public static ReportStory ToReport(Story story, StoryProvenance seen)
    {
        return new ReportStory(story.Id, story.Title, story.ArticleIds,
            new ReportOrigin(seen.OriginName, seen.OriginArticle, seen.Reconstructed, seen.Evidence),
            seen.Derivations.Select(ToReport).ToList(), seen.Changes.Select(ToReport).ToList());
    }

    private static ReportArticle ToReport(Article article) => new(
        article.Id,
        article.Source,
        article.Url,
        article.Title,
        article.Outlet?.Name,
        article.Outlet?.Evidence,
        article.Published is { } published
            ? new ReportPublished(published.ToIso(), published.Precision.ToString().ToLowerInvariant(), published.Inferred, published.Evidence)
            : null,
        article.Credits,
        article.Byline,
        article.Body,
        article.Removed.Select(line => line.Text).ToList(),
        article.Removed.Select(line => new ReportRemovedLine(line.Text, line.Reason)).ToList());

    private static List<string>[] Buckets(int count) => [.. Enumerable.Range(0, count).Select(_ => new List<string>())];

    /// <summary>The positions of the stories with these ids, each once.</summary>
    private static IEnumerable<int> StoriesNamed(Dictionary<string, int> storyIndex, IEnumerable<string> ids) =>
        ids.Distinct(StringComparer.Ordinal).Where(storyIndex.ContainsKey).Select(id => storyIndex[id]).Distinct();
}
