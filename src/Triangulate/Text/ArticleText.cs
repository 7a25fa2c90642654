namespace Triangulate.Text;

/// <summary>
/// The text layer of one article, computed once: the body paragraphs joined by a line break, and its sentences with
/// their offsets. Every finder reads <see cref="Text"/>, so every offset a finder returns is an offset here.
/// </summary>
public sealed record ArticleText(string ArticleId, string Title, string Text, IReadOnlyList<Sentence> Sentences)
{
    public const string ParagraphSeparator = "\n";

    public static ArticleText Of(Article article) => Of(article.Id, article.Title, article.Body);

    public static ArticleText Of(string articleId, string title, IReadOnlyList<string> paragraphs)
    {
        var sentences = new List<Sentence>();
        var offset = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            foreach (var span in SentenceSplitter.Split(paragraph))
                sentences.Add(new Sentence(sentences.Count, p, offset + span.Start, offset + span.End, paragraph.Substring(span.Start, span.Length)));
            offset += paragraph.Length + ParagraphSeparator.Length;
        }
        return new ArticleText(articleId, title, string.Join(ParagraphSeparator, paragraphs), sentences);
    }

    /// <summary>The sentence holding this character offset (the last one starting at or before it); -1 when none does.</summary>
    public int SentenceAt(int offset)
    {
        int low = 0, high = Sentences.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (Sentences[middle].Start <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return found;
    }

    /// <summary>The evidence for a span of <see cref="Text"/>.</summary>
    public Evidence Evidence(int start, int end) => new(ArticleId, SentenceAt(start), start, end, Text[start..end]);

    /// <summary>The evidence for a whole sentence.</summary>
    public Evidence Evidence(Sentence sentence) => new(ArticleId, sentence.Index, sentence.Start, sentence.End, sentence.Text);
}
