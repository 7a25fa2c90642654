using Triangulate.Facts;
using Triangulate.Text;

namespace Triangulate.Analysis;

/// <summary>
/// What the sentence-level finders read in one article, once: its text layer, actor names, numeric claims (with their
/// evidence) and attributions; everything here is read without the story, so it is read on every core as articles arrive.
/// </summary>
internal sealed record ArticleFacts(ArticleText Text, ActorFindings Actors, IReadOnlyList<ClaimMention> Claims, IReadOnlyList<Attribution> Attributions, MentionEvidence Evidence)
{
    /// <summary>For a dated article, what its sentences say read against its own day, the anchor its story gives it
    /// too (<see cref="TimeAnchor"/>): read here, its words are read once for attributions and events.</summary>
    public AnchoredFacts? OwnDay { get; private init; }

    public static ArticleFacts Read(Article article)
    {
        var text = ArticleText.Of(article);
        var words = WordTokens.Of(text.Text);
        var said = AttributionFinder.Default.FindSaid(text.Text, words);
        var facts = new ArticleFacts(text, ActorMentionFinder.Find(ArticleActors.TextWithSignatures(article)), QuantityFinder.Find(text, said), said,
            new MentionEvidence(article, text));
        return article.Published is null ? facts : facts with { OwnDay = AnchoredFacts.Read(facts, TimeAnchor.Of(article, []), words) };
    }

    /// <summary>This article's mentions grouped by the actor each name went to.</summary>
    public IEnumerable<ActorArticle> MentionsBy(IReadOnlyDictionary<string, string> actorOfName) =>
        Actors.Mentions
            .Select(m => (Actor: actorOfName.GetValueOrDefault(ActorNames.Key(m.Text)), Evidence: Evidence.Of(m.Start, m.End)))
            .Where(m => m.Actor is not null && m.Evidence is not null)
            .GroupBy(m => m.Actor!, StringComparer.Ordinal)
            .Select(g => new ActorArticle(g.Key, Text.ArticleId, [.. g.Select(m => m.Evidence!)]));

    /// <summary>The body's actor mentions with offsets in <see cref="Text"/>, in text order (the headline's are left out).</summary>
    public IReadOnlyList<ActorMention> BodyMentions() =>
        Actors.Mentions
            .Select(m => Evidence.Of(m.Start, m.End) is { Sentence: >= 0 } e ? m with { Start = e.Start, End = e.End } : null)
            .OfType<ActorMention>()
            .OrderBy(m => m.Start)
            .ToList();
}
