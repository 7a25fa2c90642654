using Triangulate.Events;
using Triangulate.Facts;
using Triangulate.Text;

namespace Triangulate.Analysis;

/// <summary>
/// What an article's sentences say once read against the day its relative times mean (<see cref="TimeAnchor"/>): its
/// time expressions resolved, its events, and its attributions with pronoun sources named.
/// </summary>
internal sealed record AnchoredFacts(DateOnly? Anchor, IReadOnlyList<TimeExpression> Times, IReadOnlyList<Event> Events, IReadOnlyList<AttributionView> Attributions)
{
    /// <param name="words">The words of the article's text, when they are read already.</param>
    public static AnchoredFacts Read(ArticleFacts facts, DateOnly? anchor, IReadOnlyList<WordToken>? words = null)
    {
        var mentions = facts.BodyMentions();
        var times = anchor is { } day ? TimeExpressionFinder.Find(facts.Text.Text, day) : [];
        return new AnchoredFacts(anchor, times, EventFinder.Find(facts.Text, anchor, mentions, facts.Attributions, times, words: words),
            [.. facts.Attributions.Select(a => View(facts.Text, a, mentions))]);
    }

    private static AttributionView View(ArticleText text, Attribution attribution, IReadOnlyList<ActorMention> mentions)
    {
        var spans = new[] { attribution.Source, attribution.Cue, attribution.Content }.OfType<TextSpan>().ToList();
        var source = attribution.Source is { } named ? PronounSource.Resolve(named.Text, named.Start, mentions) : null;
        return new AttributionView("attribution-" + XxHash64.HexHash(text.ArticleId + "|" + attribution.Cue.Start)[..12], text.ArticleId,
            source, attribution.Cue.Text, attribution.Content?.Text, attribution.Channel?.Text, attribution.Anonymous,
            text.Evidence(spans.Min(s => s.Start), spans.Max(s => s.End)));
    }
}
