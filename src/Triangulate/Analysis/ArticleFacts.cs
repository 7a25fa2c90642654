using Triangulate.Facts;
using Triangulate.Text;

namespace Triangulate.Analysis;

/// <summary>What the sentence-level finders read in one article, once: its text layer, actor names and numeric claims.</summary>
internal sealed record ArticleFacts(ArticleText Text, ActorFindings Actors, IReadOnlyList<Quantity> Quantities, MentionEvidence Evidence)
{
    public static ArticleFacts Read(Article article)
    {
        var text = ArticleText.Of(article);
        return new ArticleFacts(text, ActorMentionFinder.Find(ArticleActors.TextWithSignatures(article)),
            [.. QuantityFinder.Find(text).Select(claim => claim.Quantity)],
            new MentionEvidence(article, text));
    }

    /// <summary>This article's mentions grouped by the actor each name went to.</summary>
    public IEnumerable<ActorArticle> MentionsBy(IReadOnlyDictionary<string, string> actorOfName) =>
        Actors.Mentions
            .Select(m => (Actor: actorOfName.GetValueOrDefault(ActorNames.Key(m.Text)), Evidence: Evidence.Of(m.Start, m.End)))
            .Where(m => m.Actor is not null && m.Evidence is not null)
            .GroupBy(m => m.Actor!, StringComparer.Ordinal)
            .Select(g => new ActorArticle(g.Key, Text.ArticleId, [.. g.Select(m => m.Evidence!)]));
}
