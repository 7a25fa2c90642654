using Triangulate.Text;

namespace Triangulate.Reuse;

/// <summary>An article's body as profiled sentences (tokens, forms, stems), computed once and shared by every comparison.</summary>
public sealed record ArticleSentences(string ArticleId, IReadOnlyList<TextProfile> Sentences)
{
    public static ArticleSentences Of(Article article) => new(
        article.Id,
        article.Body
            .SelectMany(paragraph => SentenceSplitter.Split(paragraph).Select(span => paragraph.Substring(span.Start, span.Length)))
            .Select(TextProfiler.Profile)
            .ToList());
}
