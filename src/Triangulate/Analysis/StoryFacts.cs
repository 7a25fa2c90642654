using Triangulate.Events;
using Triangulate.Facts;
using Triangulate.Reuse;
using Triangulate.Stories;
using Triangulate.Text;

namespace Triangulate.Analysis;

/// <summary>
/// The story-level facts stage: each article's events, read against its story's time anchor, merged story by story
/// into events; the numeric claims merged into claims, story by story except counts tied to a named day, which are
/// merged across the corpus (a figure revised months later is in another story); each article's attributions with pronoun sources named. Every fact counts its independent origins
/// over provenance groups, not articles. A dated article's events are read with its sentence facts (its own day is its
/// anchor); an article's events are read again only when its time anchor moves.
/// </summary>
internal sealed class StoryFacts
{
    private readonly Dictionary<string, AnchoredFacts> _read = new(StringComparer.Ordinal);

    public sealed record Result(IReadOnlyList<EventView> Events, IReadOnlyList<ClaimView> ClaimFacts, IReadOnlyList<AttributionView> Attributions);

    /// <param name="facts">Every article's sentence facts, in arrival order.</param>
    public Result Update(IReadOnlyList<Story> stories, IReadOnlyDictionary<string, Article> articles, IReadOnlyList<ArticleFacts> facts,
        ProvenanceResult provenance, IReadOnlyList<Actor> actors)
    {
        var byId = facts.ToDictionary(f => f.Text.ArticleId, StringComparer.Ordinal);
        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var anchors = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        foreach (var story in stories)
        {
            var members = story.ArticleIds.Where(articles.ContainsKey).Select(id => articles[id]).ToList();
            // An undated member is read against the story's earliest dated member: one comparison each, not the whole story.
            Article[] earliest = members.Where(a => a.Published is not null).MinBy(a => a.Published!.Value) is { } first ? [first] : [];
            foreach (var member in members)
            {
                storyOf[member.Id] = story.Id;
                anchors[member.Id] = TimeAnchor.Of(member, earliest);
            }
        }
        foreach (var article in byId.Keys.Where(id => !anchors.ContainsKey(id)))
            anchors[article] = TimeAnchor.Of(articles[article], []);

        var stale = facts.Where(f => !_read.TryGetValue(f.Text.ArticleId, out var read) || read.Anchor != anchors[f.Text.ArticleId]).ToList();
        foreach (var (id, read) in stale.AsParallel().AsOrdered()
                     .Select(f => (f.Text.ArticleId, f.OwnDay is { } own && own.Anchor == anchors[f.Text.ArticleId] ? own : AnchoredFacts.Read(f, anchors[f.Text.ArticleId])))
                     .ToList())
            _read[id] = read;

        string? OriginOf(string article) => provenance.GroupOf(article)?.Id;
        var actorIds = ActorIds(actors);
        string ActorKey(string name) => actorIds.GetValueOrDefault(ActorNames.Key(name)) ?? name.ToLowerInvariant();

        // A claim's sentence's times are those its article's events were read with, not read again.
        IReadOnlyList<TimeExpression> SentenceTimes(ClaimMention claim)
        {
            var sentence = byId[claim.Article].Text.Sentences[claim.Evidence.Sentence];
            return [.. _read[claim.Article].Times.Where(t => t.Start >= sentence.Start && t.End <= sentence.End).Select(t => t with { Start = t.Start - sentence.Start })];
        }

        IReadOnlyList<EventView> events = [];
        IReadOnlyList<ClaimView> claims = [];
        // Events merge story by story and claims across the corpus, neither needing the other.
        Parallel.Invoke(
            () => events = stories.AsParallel().AsOrdered()
                .SelectMany(story => EventMerger.Merge(story.ArticleIds.Where(_read.ContainsKey).SelectMany(id => _read[id].Events).ToList(), OriginOf, ActorKey)
                    .Select(fact => EventView.Of(story.Id, fact, name => actorIds.GetValueOrDefault(ActorNames.Key(name)))))
                .ToList(),
            () => claims = ClaimMerger.Merge(facts.SelectMany(f => f.Claims).ToList(), OriginOf, id => anchors.GetValueOrDefault(id), storyOf.GetValueOrDefault, SentenceTimes)
                .Select(fact => View(fact, storyOf, byId)).ToList());
        return new Result(events, claims,
            [.. stories.SelectMany(story => story.ArticleIds).Where(_read.ContainsKey).SelectMany(id => _read[id].Attributions)]);
    }

    /// <summary>Every name of every actor, as <see cref="ActorNames.Key"/> writes it, to the actor's id (the first actor where names are shared).</summary>
    private static Dictionary<string, string> ActorIds(IReadOnlyList<Actor> actors)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            foreach (var alias in actor.Aliases)
                ids.TryAdd(ActorNames.Key(alias.Name), actor.Id);
        }
        return ids;
    }

    /// <summary>A claim with the sentences that give it as its evidence.</summary>
    private static ClaimView View(ClaimFact fact, Dictionary<string, string> storyOf, Dictionary<string, ArticleFacts> facts) => new(
        fact.Id, fact.Quantity.Text, fact.Value, fact.Quantity.Qualifier, fact.Quantity.What, fact.Counts, fact.Quantity.AccordingTo ?? fact.AccordingTo.FirstOrDefault(),
        fact.Wordings, fact.Support.Sources, fact.About,
        [.. fact.Support.Articles.Select(storyOf.GetValueOrDefault).OfType<string>().Distinct()], fact.Support.Articles,
        fact.Support.IndependentOrigins, fact.Support.Status.Name(), fact.Links,
        [.. fact.Support.Evidence.Select(e => facts[e.Article].Text.Evidence(facts[e.Article].Text.Sentences[e.Sentence])).DistinctBy(e => (e.Article, e.Sentence))]);
}
