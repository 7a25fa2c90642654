using Triangulate.Facts;
using Triangulate.Reports;
using Triangulate.Text;

namespace Triangulate.Web.Views;

/// <summary>One actor: every name it goes by with how often, why names were merged, and its mentions article by article.</summary>
public sealed record ActorDetail(
    string Id, string Name, ActorType Type, IReadOnlyList<ActorAlias> Aliases, IReadOnlyList<AliasMerge> Merges, IReadOnlyList<ActorMentionArticle> Mentions,
    IReadOnlyList<ActorLink> Network);

public sealed record ActorMentionArticle(string Article, string Title, string? Outlet, ReportPublished? Published, IReadOnlyList<MentionInContext> Mentions);

/// <summary>A mention with the sentence around it; <paramref name="Start"/> and <paramref name="End"/> are offsets in that sentence.</summary>
public sealed record MentionInContext(Evidence Evidence, string Sentence, int Start, int End)
{
    public static MentionInContext Of(Evidence evidence, ArticleText text)
    {
        if (evidence.Sentence < 0 || evidence.Sentence >= text.Sentences.Count)
            return new MentionInContext(evidence, text.Title, Math.Clamp(evidence.Start, 0, text.Title.Length), Math.Clamp(evidence.End, 0, text.Title.Length));
        var sentence = text.Sentences[evidence.Sentence];
        return new MentionInContext(evidence, sentence.Text,
            Math.Clamp(evidence.Start - sentence.Start, 0, sentence.Text.Length), Math.Clamp(evidence.End - sentence.Start, 0, sentence.Text.Length));
    }
}
