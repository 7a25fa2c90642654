using Triangulate.Text;

namespace Triangulate.Reuse;

/// <summary>An article's body as profiled sentences (tokens, forms, stems) and their hash keys, computed once and shared by every comparison.</summary>
public sealed record ArticleSentences(string ArticleId, IReadOnlyList<TextProfile> Sentences, IReadOnlyList<SentenceKeys> Keys)
{
    /// <summary>How many sentences hold a content word: a rule of dashes or a stray quotation mark carries no text of its
    /// own, is aligned with nothing and is no sentence a copy kept, added or dropped.</summary>
    public int ContentCount { get; } = Keys.Count(keys => keys.HasContent);

    public static ArticleSentences Of(Article article) => Of(
        article.Id,
        article.Body.SelectMany(paragraph => SentenceSplitter.Split(paragraph).Select(span => paragraph.Substring(span.Start, span.Length))));

    /// <summary>The sentences of an article's text layer, with the profiles it already holds.</summary>
    public static ArticleSentences Of(ArticleText text)
    {
        var profiles = text.Sentences.Select(sentence => sentence.Profile).ToList();
        return new ArticleSentences(text.ArticleId, profiles, profiles.Select(SentenceKeys.Of).ToList());
    }

    public static ArticleSentences Of(string id, IEnumerable<string> sentences)
    {
        var profiles = sentences.Select(TextProfiler.Profile).ToList();
        return new ArticleSentences(id, profiles, profiles.Select(SentenceKeys.Of).ToList());
    }

    /// <summary>Hashes of consecutive three-stem runs of content words within sentences: the units MinHash and containment count.</summary>
    public IEnumerable<ulong> Shingles()
    {
        foreach (var keys in Keys)
        {
            var stems = keys.ContentStems;
            for (var i = 0; i + 3 <= stems.Length; i++)
                yield return (stems[i] * 0x9E3779B97F4A7C15UL) ^ BitRotate(stems[i + 1], 21) ^ BitRotate(stems[i + 2], 42);
        }
    }

    private static ulong BitRotate(ulong value, int bits) => (value << bits) | (value >> (64 - bits));
}
